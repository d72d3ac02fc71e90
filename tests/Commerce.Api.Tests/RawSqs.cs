using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Inventory.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests;

/// <summary>
/// The queues as another system sees them: plain JSON with the wire's attributes, sent and read with the bare SDK
/// client. Tests use it to deliver a message twice, send poison, and look into dead-letter queues.
/// </summary>
internal sealed class RawSqs(IAmazonSQS sqs, string prefix)
{
    public static RawSqs Of(CommerceApiFactory factory) => new(factory.Services.GetRequiredService<IAmazonSQS>(), factory.QueuePrefix);

    /// <summary>The full name of a logical queue on this test host.</summary>
    public string Queue(string logicalName) => prefix + logicalName;

    public string DeadLetters(string logicalName) => prefix + logicalName + "-dlq";

    public async Task SendAsync(string queueName, string messageId, string type, string body)
    {
        var url = (await sqs.GetQueueUrlAsync(queueName)).QueueUrl;
        await sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = url,
            MessageBody = body,
            MessageAttributes = new Dictionary<string, MessageAttributeValue>
            {
                [IntegrationEventWire.MessageType] = new() { DataType = "String", StringValue = type },
                [IntegrationEventWire.MessageId] = new() { DataType = "String", StringValue = messageId },
            },
        });
    }

    /// <summary>Waits until nothing is left on the queue, visible or in flight: what was sent has been taken and settled.</summary>
    public async Task DrainedAsync(string queueName, int seconds = 60)
    {
        var url = (await sqs.GetQueueUrlAsync(queueName)).QueueUrl;
        await Eventually.HoldsAsync(async () => ((await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = url,
            AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        })).Attributes ?? []).Values.Sum(int.Parse) == 0, $"{queueName} drained", seconds);
    }

    /// <summary>Inventory's answer for an order, as Inventory sends it: the order's units are reserved.</summary>
    public Task StockReservedAsync(Guid orderId) =>
        SendAsync(Queue("ordering"), Guid.NewGuid().ToString(), "StockReserved",
            JsonSerializer.Serialize(new StockReserved(orderId, [], DateTimeOffset.UtcNow), Json.Options));

    /// <summary>Takes (receives and deletes) what is on the queue, until <paramref name="until"/> holds or the time is up.</summary>
    public async Task<List<Message>> TakeAsync(string queueName, Func<IReadOnlyList<Message>, bool> until, int seconds = 60)
    {
        var url = (await sqs.GetQueueUrlAsync(queueName)).QueueUrl;
        var taken = new List<Message>();
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!until(taken) && DateTime.UtcNow < deadline)
        {
            var response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MaxNumberOfMessages = 10, WaitTimeSeconds = 1, MessageAttributeNames = ["All"] });
            foreach (var message in response.Messages ?? [])
            {
                taken.Add(message);
                await sqs.DeleteMessageAsync(url, message.ReceiptHandle);
            }
        }

        return taken;
    }

    public static string? Attribute(Message message, string name) =>
        (message.MessageAttributes ?? []).TryGetValue(name, out var value) ? value.StringValue : null;
}
