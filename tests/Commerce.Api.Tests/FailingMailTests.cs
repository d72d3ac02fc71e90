using System.Net;
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

    [Fact]
    public async Task An_operator_lists_dead_letters_and_sends_them_back_to_the_queue_they_failed_on()
    {
        const string Route = "/api/v1/operations/dead-letters";
        var admin = factory.CreateClient();
        var orderId = Guid.NewGuid();
        var body = JsonSerializer.Serialize(new Commerce.Ordering.Contracts.OrderDelivered(orderId, "nobody@example.com", DateTimeOffset.UtcNow), Json.Options);
        var message = new OutgoingMessage(Guid.NewGuid().ToString(), "OrderDelivered", body);
        var queue = factory.QueuePrefix + "notifications";
        await factory.Services.GetRequiredService<SqsSender>().SendAsync(queue, [message], CancellationToken.None);

        JsonElement listed = default;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            listed = JsonDocument.Parse(await admin.GetStringAsync(Route)).RootElement.EnumerateArray().Single(q => q.GetProperty("queue").GetString() == queue);
            if (listed.GetProperty("sample").EnumerateArray().Any(m => m.GetProperty("messageId").GetString() == message.MessageId))
            {
                break;
            }

            await Task.Delay(500);
        }

        var sampled = listed.GetProperty("sample").EnumerateArray().Single(m => m.GetProperty("messageId").GetString() == message.MessageId);
        sampled.GetProperty("type").GetString().Should().Be("OrderDelivered");
        sampled.GetProperty("body").GetString().Should().Contain(orderId.ToString());
        listed.GetProperty("deadLetterQueueName").GetString().Should().Be(SqsQueueName.DeadLetterOf(queue));

        (await factory.ClientFor("someone").GetAsync(Route)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await factory.ClientFor("someone").PostAsync($"{Route}/redrive", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(await admin.PostAsync($"{Route}/redrive?queue=no-such-queue", null), HttpStatusCode.NotFound)).Code.Should().Be("consuming_queue_not_found");

        var redriven = JsonDocument.Parse(await (await admin.PostAsync($"{Route}/redrive?queue={queue}", null)).Content.ReadAsStringAsync()).RootElement;
        redriven.EnumerateArray().Single().GetProperty("moved").GetInt32().Should().BeGreaterThanOrEqualTo(1);

        // Back on its queue it is handled again: the mail server is still down, so it fails twice more.
        var attempts = 0;
        deadline = DateTime.UtcNow.AddSeconds(60);
        while (attempts < 4 && DateTime.UtcNow < deadline)
        {
            var recorded = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/notifications?orderId={orderId}")).RootElement.GetProperty("items");
            attempts = recorded.EnumerateArray().Select(n => n.GetProperty("attempts").GetInt32()).SingleOrDefault();
            await Task.Delay(500);
        }

        attempts.Should().Be(4, "two tries before the redrive, two after");
    }
}
