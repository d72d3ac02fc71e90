using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.AspNetCore.Hosting;

namespace Commerce.Api.Tests;

/// <summary>A host whose mail server never answers, and which waits only moments between tries.</summary>
public sealed class BrokenMailApiFactory : CommerceApiFactory
{
    protected override string[] Modules => ["Notifications"];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Messaging:TransientRetryDelays:0", "00:00:00.200");
        builder.UseSetting("Notifications:Email:Delivery", "Smtp");
        builder.UseSetting("Notifications:Email:Host", "127.0.0.1");
        builder.UseSetting("Notifications:Email:Port", "9");
        builder.UseSetting("Notifications:Email:EnableSsl", "false");
    }
}

public class FailingMailTests(BrokenMailApiFactory factory) : IClassFixture<BrokenMailApiFactory>
{
    private const string DeadLettersRoute = "/api/v1/operations/dead-letters";

    private static string Delivered(Guid orderId) =>
        JsonSerializer.Serialize(new Commerce.Ordering.Contracts.OrderDelivered(orderId, "nobody@example.com", DateTimeOffset.UtcNow), Json.Options);

    private static async Task<JsonElement> NotificationAsync(HttpClient client, Guid orderId) =>
        JsonDocument.Parse(await client.GetStringAsync($"/api/v1/notifications?orderId={orderId}")).RootElement.GetProperty("items").EnumerateArray().SingleOrDefault();

    [Fact]
    public async Task A_mail_server_that_is_away_is_waited_for_with_retries_and_the_message_is_never_dead_lettered()
    {
        var client = factory.CreateClient();
        var sqs = RawSqs.Of(factory);
        var orderId = Guid.NewGuid();
        var messageId = Guid.NewGuid().ToString();

        await sqs.SendAsync(sqs.Queue("notifications"), messageId, "OrderDelivered", Delivered(orderId));

        JsonElement recorded = default;
        await Eventually.HoldsAsync(async () =>
        {
            recorded = await NotificationAsync(client, orderId);
            return recorded.ValueKind == JsonValueKind.Object && recorded.GetProperty("attempts").GetInt32() >= 3;
        }, "three tries at the email");

        recorded.GetProperty("status").GetString().Should().Be("Failed");
        recorded.GetProperty("attempts").GetInt32().Should().BeGreaterThanOrEqualTo(3, "an SMTP outage is waited out, try after try");
        recorded.GetProperty("lastError").GetString().Should().NotBeNullOrEmpty();
        var listed = JsonDocument.Parse(await client.GetStringAsync($"{DeadLettersRoute}?sample=10")).RootElement.EnumerateArray()
            .Single(q => q.GetProperty("queue").GetString() == sqs.Queue("notifications"));
        listed.GetProperty("sample").EnumerateArray().Should().NotContain(m => m.GetProperty("messageId").GetString() == messageId,
            "a dependency that is away never sends a message to the dead letters");
    }

    [Fact]
    public async Task An_operator_lists_dead_letters_and_sends_them_back_to_the_queue_they_failed_on()
    {
        var admin = factory.CreateClient();
        var sqs = RawSqs.Of(factory);
        var queue = sqs.Queue("notifications");
        var messageId = Guid.NewGuid().ToString();
        await sqs.SendAsync(queue, messageId, "OrderDelivered", "{ \"orderId\": \"not a guid\" ");

        JsonElement listed = default;
        await Eventually.HoldsAsync(async () =>
        {
            listed = JsonDocument.Parse(await admin.GetStringAsync(DeadLettersRoute)).RootElement.EnumerateArray().Single(q => q.GetProperty("queue").GetString() == queue);
            return listed.GetProperty("sample").EnumerateArray().Any(m => m.GetProperty("messageId").GetString() == messageId);
        }, "the poison message listed");

        var sampled = listed.GetProperty("sample").EnumerateArray().Single(m => m.GetProperty("messageId").GetString() == messageId);
        sampled.GetProperty("type").GetString().Should().Be("OrderDelivered");
        sampled.GetProperty("body").GetString().Should().Contain("not a guid");
        listed.GetProperty("deadLetterQueueName").GetString().Should().Be(sqs.DeadLetters("notifications"));

        (await factory.ClientFor("someone").GetAsync(DeadLettersRoute)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await factory.ClientFor("someone").PostAsync($"{DeadLettersRoute}/redrive", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(await admin.PostAsJsonAsync($"{DeadLettersRoute}/redrive", new { queue = "no-such-queue" }), HttpStatusCode.NotFound)).Code.Should().Be("consuming_queue_not_found");

        var key = Guid.NewGuid().ToString();
        var redrive = () => admin.PostAsync($"{DeadLettersRoute}/redrive", new { queue }, key);
        var first = await (await redrive()).Content.ReadAsStringAsync();
        var redriven = JsonDocument.Parse(first).RootElement;
        redriven.EnumerateArray().Single().GetProperty("queue").GetString().Should().Be(queue, "the body names the one queue to redrive");
        redriven.EnumerateArray().Single().GetProperty("moved").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        (await (await redrive()).Content.ReadAsStringAsync()).Should().Be(first, "a retry with the same key replays the first answer");

        // Back on its queue it is handled again and, still unreadable, dead-lettered again: redriving never loses it.
        var again = await sqs.TakeAsync(sqs.DeadLetters("notifications"), taken => taken.Any(m => m.Body.Contains("not a guid", StringComparison.Ordinal)));
        again.Should().ContainSingle(m => m.Body.Contains("not a guid", StringComparison.Ordinal))
            .Which.MessageAttributes[IntegrationEventWire.MessageId].StringValue.Should().NotBe(messageId, "a redriven message is a new delivery the inbox has not seen");
    }
}
