using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Infrastructure.Sqs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests;

/// <summary>A host whose mail server never answers.</summary>
public sealed class BrokenMailApiFactory : CommerceApiFactory
{
    protected override string[] Modules => ["Notifications"];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sqs:MaxReceiveCount", "2");
        builder.UseSetting("Sqs:VisibilityTimeoutSeconds", "1");
        builder.UseSetting("Notifications:Email:Delivery", "Smtp");
        builder.UseSetting("Notifications:Email:Host", "127.0.0.1");
        builder.UseSetting("Notifications:Email:Port", "9");
        builder.UseSetting("Notifications:Email:EnableSsl", "false");
    }
}

public class FailingMailTests(BrokenMailApiFactory factory) : IClassFixture<BrokenMailApiFactory>
{
    [Fact]
    public async Task A_notification_whose_sender_keeps_failing_is_retried_then_dead_lettered_and_recorded_as_failed()
    {
        _ = factory.CreateClient();
        var orderId = Guid.NewGuid();
        var body = JsonSerializer.Serialize(new Commerce.Ordering.Contracts.OrderDelivered(orderId, "nobody@example.com", DateTimeOffset.UtcNow), Json.Options);
        var message = new OutgoingMessage(Guid.NewGuid().ToString(), "OrderDelivered", body);
        var queue = factory.QueuePrefix + "notifications";
        await factory.Services.GetRequiredService<SqsSender>().SendAsync(queue, [message], CancellationToken.None);

        var sqs = factory.Services.GetRequiredService<IAmazonSQS>();
        var deadLetters = await factory.Services.GetRequiredService<SqsQueues>().UrlOfAsync(SqsQueueName.DeadLetterOf(queue), CancellationToken.None);
        Message? dead = null;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (dead is null && DateTime.UtcNow < deadline)
        {
            var response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = deadLetters, MessageAttributeNames = ["All"], WaitTimeSeconds = 1 });
            dead = (response.Messages ?? []).FirstOrDefault(m => m.MessageAttributes[SqsAttributes.MessageId].StringValue == message.MessageId);
        }

        dead.Should().NotBeNull("a message whose email cannot be sent ends in the dead-letter queue, where an operator sees it");
        var recorded = await factory.CreateClient().GetStringAsync($"/api/v1/notifications?orderId={orderId}");
        var failed = JsonDocument.Parse(recorded).RootElement.GetProperty("items").EnumerateArray().Single();
        failed.GetProperty("status").GetString().Should().Be("Failed");
        failed.GetProperty("attempts").GetInt32().Should().Be(2, "each receive tried once, then SQS dead-lettered it");
        failed.GetProperty("lastError").GetString().Should().NotBeNullOrEmpty();
    }
}
