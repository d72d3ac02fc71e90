using System.Net;
using System.Net.Http.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Contracts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.Api.Tests;

public class OutboxRecoveryTests(CommerceApiFactory factory) : IClassFixture<CommerceApiFactory>
{
    private WebApplicationFactory<Program> Host(string sqsUrl) => factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Sqs:ServiceUrl", sqsUrl);
        builder.ConfigureTestServices(services => services.AddSingleton(QueueSubscription.PublishOnly("audit", typeof(OrderPlaced))));
    });

    [Fact]
    public async Task An_event_committed_while_sqs_was_unreachable_is_delivered_by_the_next_host()
    {
        Guid orderId;
        await using (var cutOff = Host("http://127.0.0.1:9")) // nothing listens on the discard port
        {
            var shop = new Shop(cutOff.CreateClient());
            var product = await shop.ProductAsync();
            await shop.AddAsync(product.Id, 1);
            var checkout = await shop.CheckoutAsync();
            checkout.StatusCode.Should().Be(HttpStatusCode.Accepted, "the order is accepted even when SQS is down");
            orderId = (await checkout.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
            await Eventually.HoldsAsync(async () => await OutboxHoldsAsync(orderId), "the event waiting in the outbox while SQS is unreachable");
        }

        await using var restarted = Host("http://127.0.0.1:4566"); // the shared emulator build/infra.sh starts
        _ = restarted.CreateClient();
        var sqs = restarted.Services.GetRequiredService<IAmazonSQS>();
        var url = (await sqs.GetQueueUrlAsync(factory.QueuePrefix + "audit")).QueueUrl;
        var bodies = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!bodies.Any(b => b.Contains(orderId.ToString(), StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            var response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MaxNumberOfMessages = 10, WaitTimeSeconds = 1 });
            bodies.AddRange((response.Messages ?? []).Select(m => m.Body));
        }

        bodies.Where(b => b.Contains(orderId.ToString(), StringComparison.Ordinal)).Should().ContainSingle();
    }

    private async Task<bool> OutboxHoldsAsync(Guid orderId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "select count(*) from wolverine.wolverine_outgoing_envelopes where destination like '%audit%' and position(convert_to(@id, 'UTF8') in body) > 0", connection);
        query.Parameters.AddWithValue("id", orderId.ToString());
        return (long)(await query.ExecuteScalarAsync())! > 0;
    }
}
