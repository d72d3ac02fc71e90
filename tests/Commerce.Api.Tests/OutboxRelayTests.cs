using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests;

/// <summary>A host with one extra subscriber queue, "audit", that receives every order event.</summary>
public sealed class AuditedApiFactory : CommerceApiFactory
{
    public const string AuditQueue = "audit";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(QueueSubscription.PublishOnly(AuditQueue,
            typeof(OrderPlaced), typeof(OrderConfirmed), typeof(OrderShipped), typeof(OrderDelivered), typeof(OrderCancelled))));
    }
}

public class OutboxRelayTests(AuditedApiFactory factory) : IClassFixture<AuditedApiFactory>
{
    private async Task<List<Message>> ReceiveAsync(int count, int waitSeconds = 30)
    {
        var sqs = factory.Services.GetRequiredService<IAmazonSQS>();
        var url = (await sqs.GetQueueUrlAsync(factory.QueuePrefix + AuditedApiFactory.AuditQueue)).QueueUrl;
        var received = new List<Message>();
        var deadline = DateTime.UtcNow.AddSeconds(waitSeconds);
        while (received.Count < count && DateTime.UtcNow < deadline)
        {
            var response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = url, MaxNumberOfMessages = 10, WaitTimeSeconds = 1, MessageAttributeNames = ["All"],
            });
            foreach (var message in response.Messages ?? [])
            {
                received.Add(message);
                await sqs.DeleteMessageAsync(url, message.ReceiptHandle);
            }
        }

        return received;
    }

    [Fact]
    public async Task A_checkout_and_a_confirmation_reach_the_subscribed_queue_as_plain_json_with_attributes()
    {
        var client = factory.CreateClient();
        var shop = new Shop(client);
        var product = await shop.ProductAsync(price: 4m, name: "Relayed");
        await shop.AddAsync(product.Id, 3);
        var accepted = (await (await shop.CheckoutAsync()).Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!;
        await RawSqs.Of(factory).StockReservedAsync(accepted.OrderId); // Inventory's answer confirms it

        var messages = await ReceiveAsync(2);

        // A standard SQS queue does not keep order: consumers, and this test, find events by type.
        messages.Select(m => m.MessageAttributes[IntegrationEventWire.MessageType].StringValue).Should().BeEquivalentTo("OrderPlaced", "OrderConfirmed");
        messages.Select(m => m.MessageAttributes[IntegrationEventWire.MessageId].StringValue).Should().OnlyHaveUniqueItems();
        var placedMessage = messages.Single(m => m.MessageAttributes[IntegrationEventWire.MessageType].StringValue == "OrderPlaced");
        var placed = JsonDocument.Parse(placedMessage.Body).RootElement;
        placed.GetProperty("orderId").GetGuid().Should().Be(accepted.OrderId);
        placed.GetProperty("buyerEmail").GetString().Should().Be("ada@example.com");
        placed.GetProperty("lines")[0].GetProperty("quantity").GetInt32().Should().Be(3);
        placed.GetProperty("total").GetDecimal().Should().Be(12m);
        placedMessage.Body.Should().NotContain("4111", "no card data leaves Ordering");
    }

    [Fact]
    public async Task A_refused_command_publishes_nothing()
    {
        var shop = new Shop(factory.CreateClient());
        (await shop.CheckoutAsync()).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);

        // Other tests' events may be on the queue; none may be this user's.
        (await ReceiveAsync(1, waitSeconds: 5)).Where(m => m.Body.Contains(shop.User, StringComparison.Ordinal)).Should().BeEmpty();
    }
}
