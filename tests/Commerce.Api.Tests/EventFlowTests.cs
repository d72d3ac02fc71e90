using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Inventory.Application.Stock;
using Commerce.Notifications.Application.ListNotifications;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Domain.Orders;
using Microsoft.AspNetCore.Hosting;

namespace Commerce.Api.Tests;

/// <summary>Every module, so orders are answered by Inventory through SQS; poisoned messages dead-letter fast.</summary>
public class EventFlowApiFactory : CommerceApiFactory
{
    protected override string[] Modules => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sqs:MaxReceiveCount", "2");
        builder.UseSetting("Sqs:VisibilityTimeoutSeconds", "2");
        builder.UseSetting("Notifications:Email:PickupFolder", MailFolder);
        builder.UseSetting("Notifications:OperatorEmail", "operator@example.com");
    }

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"commerce-mail-{Guid.NewGuid():N}");
}

internal static class EventFlow
{
    /// <summary>Reads the order until it leaves Pending (the stock answer arrived) or the patience runs out.</summary>
    public static async Task<OrderStatus> WaitForStatusAsync(HttpClient client, Guid orderId, OrderStatus wanted, int seconds = 60)
    {
        var status = OrderStatus.Pending;
        await Eventually.HoldsAsync(async () =>
        {
            status = (await client.GetFromJsonAsync<OrderDto>($"/api/v1/orders/{orderId}", Json.Options))!.Status;
            return status == wanted || status != OrderStatus.Pending;
        }, $"order {orderId} out of Pending", seconds);
        return status;
    }
}

public class EventFlowTests(EventFlowApiFactory factory) : IClassFixture<EventFlowApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<Guid> StockedProductAsync(Shop shop, int onHand, int threshold = 0, string name = "Stocked")
    {
        var product = await shop.ProductAsync(name: name);
        (await client.PutAsJsonAsync($"/api/v1/inventory/{product.Id}", new { onHand, lowStockThreshold = threshold })).EnsureSuccessStatusCode();
        return product.Id;
    }

    private async Task<StockDto> StockAsync(Guid productId) => (await client.GetFromJsonAsync<StockDto>($"/api/v1/inventory/{productId}", Json.Options))!;

    private static async Task<Guid> CheckoutAsync(Shop shop, Guid productId, int quantity)
    {
        (await shop.AddAsync(productId, quantity)).EnsureSuccessStatusCode();
        var response = await shop.CheckoutAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
    }

    [Theory]
    [InlineData("random")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("ffffffff-ffff-ffff-ffff-ffffffffffff")]
    public async Task Stock_for_a_product_the_catalog_never_had_is_a_404_and_nothing_is_stored(string id)
    {
        var productId = id == "random" ? Guid.NewGuid() : Guid.Parse(id);

        var response = await client.PutAsJsonAsync($"/api/v1/inventory/{productId}", new { onHand = 5, lowStockThreshold = 0 });

        (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code.Should().Be("product_not_found");
        (await client.GetAsync($"/api/v1/inventory/{productId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stock_adjustment_retried_with_its_idempotency_key_moves_the_stock_once()
    {
        var productId = await StockedProductAsync(new Shop(factory.CreateClient()), onHand: 5);
        var key = Guid.NewGuid().ToString();
        Task<HttpResponseMessage> Adjust(int delta) => client.PostAsync($"/api/v1/inventory/{productId}/adjustments", new { delta }, key);

        (await Adjust(3)).EnsureSuccessStatusCode();
        (await Adjust(3)).EnsureSuccessStatusCode();

        (await StockAsync(productId)).OnHand.Should().Be(8);
        (await Problem.ReadAsync(await Adjust(-1), HttpStatusCode.UnprocessableEntity)).Code.Should().Be("idempotency_key_reused");
    }

    [Fact]
    public async Task An_order_with_stock_is_confirmed_and_its_units_reserved_then_committed_when_shipped()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 5);

        var orderId = await CheckoutAsync(shop, productId, 2);

        (await EventFlow.WaitForStatusAsync(client, orderId, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);
        (await StockAsync(productId)).Should().BeEquivalentTo(new { OnHand = 5, Reserved = 2, Available = 3 });

        (await client.PostAsJsonAsync($"/api/v1/orders/{orderId}/ship", new { trackingNumber = "T-1" })).EnsureSuccessStatusCode();
        await Until(async () => (await StockAsync(productId)).OnHand == 3, "the shipped units left the stock");
        (await StockAsync(productId)).Should().BeEquivalentTo(new { OnHand = 3, Reserved = 0, Available = 3 });
    }

    [Fact]
    public async Task An_order_without_enough_stock_is_cancelled_naming_the_product_and_nothing_is_reserved()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 1, name: "Scarce Lamp");

        var orderId = await CheckoutAsync(shop, productId, 3);

        (await EventFlow.WaitForStatusAsync(client, orderId, OrderStatus.Cancelled)).Should().Be(OrderStatus.Cancelled);
        var order = (await client.GetFromJsonAsync<OrderDto>($"/api/v1/orders/{orderId}", Json.Options))!;
        order.CancellationReason.Should().Contain("Scarce Lamp").And.Contain("ordered 3").And.Contain("available 1");
        (await StockAsync(productId)).Reserved.Should().Be(0);
    }

    [Fact]
    public async Task Cancelling_a_confirmed_order_releases_its_units()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 4);
        var orderId = await CheckoutAsync(shop, productId, 4);
        (await EventFlow.WaitForStatusAsync(client, orderId, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);

        (await client.PostAsJsonAsync($"/api/v1/orders/{orderId}/cancel", new { reason = "Changed my mind" })).EnsureSuccessStatusCode();

        await Until(async () => (await StockAsync(productId)).Available == 4, "the units released");
    }

    [Fact]
    public async Task Fifty_parallel_orders_for_ten_units_confirm_exactly_ten()
    {
        var seller = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(seller, onHand: 10);

        var orderIds = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => CheckoutAsync(new Shop(factory.CreateClient()), productId, 1)));
        var statuses = await Task.WhenAll(orderIds.Select(id => EventFlow.WaitForStatusAsync(client, id, OrderStatus.Confirmed, seconds: 120)));

        statuses.Count(s => s == OrderStatus.Confirmed).Should().Be(10);
        statuses.Count(s => s == OrderStatus.Cancelled).Should().Be(40);
        (await StockAsync(productId)).Should().BeEquivalentTo(new { OnHand = 10, Reserved = 10, Available = 0 });
    }

    [Fact]
    public async Task The_same_message_delivered_twice_reserves_once()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 10);
        var orderId = Guid.NewGuid();
        var body = JsonSerializer.Serialize(new Commerce.Ordering.Contracts.OrderPlaced(orderId, shop.User, "Ada L", "ada@example.com",
            [new Commerce.Ordering.Contracts.OrderedProduct(productId, "Stocked", 10m, 3)], 30m, "USD", DateTimeOffset.UtcNow), Json.Options);
        var sqs = RawSqs.Of(factory);
        var messageId = Guid.NewGuid().ToString();

        await sqs.SendAsync(sqs.Queue("inventory"), messageId, "OrderPlaced", body);
        await Until(async () => (await StockAsync(productId)).Reserved == 3, "the first delivery reserved");
        await sqs.SendAsync(sqs.Queue("inventory"), messageId, "OrderPlaced", body);
        await sqs.DrainedAsync(sqs.Queue("inventory")); // the copy was received, and dropped by the inbox

        (await StockAsync(productId)).Reserved.Should().Be(3);
    }

    /// <summary>Waits until Wolverine's inbox has handled the message with <paramref name="messageId"/> (on any queue).</summary>
    private async Task HandledAsync(string messageId) => await Until(async () =>
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select count(*) from wolverine.wolverine_incoming_envelopes where id = @id and status = 'Handled'", connection);
        command.Parameters.AddWithValue("id", Guid.Parse(messageId));
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }, $"message {messageId} handled");

    /// <summary>Waits until nothing is left to send or to handle: every event of every order has had its effect.</summary>
    private async Task SettledAsync() => await Until(async () =>
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select (select count(*) from wolverine.wolverine_outgoing_envelopes) + (select count(*) from wolverine.wolverine_incoming_envelopes where status not in ('Handled', 'Scheduled'))", connection);
        return (long)(await command.ExecuteScalarAsync())! == 0;
    }, "every message sent and handled");

    private static string Wire<T>(T message) => JsonSerializer.Serialize(message, Json.Options);

    private static Commerce.Ordering.Contracts.OrderPlaced Placed(Guid orderId, Guid productId, int quantity) =>
        new(orderId, "reorderer", "Ada L", "ada@example.com", [new Commerce.Ordering.Contracts.OrderedProduct(productId, "Stocked", 10m, quantity)], 10m * quantity, "USD", DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_cancellation_that_reaches_inventory_before_its_order_leaves_a_tombstone_and_the_late_order_reserves_nothing()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 10);
        var orderId = Guid.NewGuid();
        var sqs = RawSqs.Of(factory);
        var cancelled = Guid.NewGuid().ToString();
        var placed = Guid.NewGuid().ToString();

        await sqs.SendAsync(sqs.Queue("inventory"), cancelled, "OrderCancelled",
            Wire(new Commerce.Ordering.Contracts.OrderCancelled(orderId, "ada@example.com", "changed my mind", DateTimeOffset.UtcNow)));
        await HandledAsync(cancelled);
        await sqs.SendAsync(sqs.Queue("inventory"), placed, "OrderPlaced", Wire(Placed(orderId, productId, 4)));
        await HandledAsync(placed);

        (await StockAsync(productId)).Should().BeEquivalentTo(new { OnHand = 10, Reserved = 0, Available = 10 });
    }

    [Fact]
    public async Task A_cancellation_delivered_twice_releases_once()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 10);
        var kept = await CheckoutAsync(new Shop(factory.CreateClient()), productId, 3);
        var orderId = await CheckoutAsync(shop, productId, 2);
        (await EventFlow.WaitForStatusAsync(client, orderId, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);
        (await EventFlow.WaitForStatusAsync(client, kept, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);
        var sqs = RawSqs.Of(factory);
        var cancellation = Wire(new Commerce.Ordering.Contracts.OrderCancelled(orderId, "ada@example.com", "twice", DateTimeOffset.UtcNow));

        var first = Guid.NewGuid().ToString();
        var second = Guid.NewGuid().ToString();
        await sqs.SendAsync(sqs.Queue("inventory"), first, "OrderCancelled", cancellation);
        await sqs.SendAsync(sqs.Queue("inventory"), second, "OrderCancelled", cancellation);
        await HandledAsync(first);
        await HandledAsync(second);

        (await StockAsync(productId)).Should().BeEquivalentTo(new { OnHand = 10, Reserved = 3, Available = 7 }, "the other order keeps its three");
    }

    [Fact]
    public async Task Stock_reserved_twice_confirms_the_order_once()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 5);
        var orderId = await CheckoutAsync(shop, productId, 1);
        (await EventFlow.WaitForStatusAsync(client, orderId, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);
        var again = Guid.NewGuid().ToString();

        var sqs = RawSqs.Of(factory);
        await sqs.SendAsync(sqs.Queue("ordering"), again, "StockReserved", Wire(new Commerce.Inventory.Contracts.StockReserved(orderId, [], DateTimeOffset.UtcNow)));
        await HandledAsync(again);

        var history = (await client.GetFromJsonAsync<List<JsonElement>>($"/api/v1/orders/{orderId}/history", Json.Options))!;
        history.Select(e => e.GetProperty("type").GetString()).Should().HaveCount(4)
            .And.ContainInOrder("OrderPlaced", "OrderConfirmed").And.ContainSingle(t => t == "OrderStockReserved").And.ContainSingle(t => t == "PaymentAuthorized");
    }

    [Fact]
    public async Task Orders_their_owners_cancel_right_after_checkout_leave_no_unit_reserved_whatever_arrives_first()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 100);

        var orders = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            var buyer = new Shop(factory.CreateClient());
            var id = await CheckoutAsync(buyer, productId, 2);
            var cancel = await factory.ClientFor(buyer.User).PostAsJsonAsync($"/api/v1/orders/{id}/cancel", new { reason = "changed my mind" });
            return (Id: id, Cancelled: cancel.StatusCode == HttpStatusCode.OK);
        }));
        await SettledAsync();

        orders.Should().OnlyContain(o => o.Cancelled, "a pending or a confirmed order can be cancelled by its owner");
        var statuses = await Task.WhenAll(orders.Select(async o => (await client.GetFromJsonAsync<OrderDto>($"/api/v1/orders/{o.Id}", Json.Options))!.Status));
        statuses.Should().OnlyContain(s => s == OrderStatus.Cancelled, "a late stock answer does not revive a cancelled order");
        (await StockAsync(productId)).Should().BeEquivalentTo(new { OnHand = 100, Reserved = 0, Available = 100 }, "nothing stays reserved for a cancelled order");
    }

    [Fact]
    public async Task A_message_no_handler_can_take_lands_in_the_dead_letter_queue()
    {
        var sqs = RawSqs.Of(factory);
        var poisonId = Guid.NewGuid().ToString();

        await sqs.SendAsync(sqs.Queue("inventory"), poisonId, "OrderPlaced", "{ this is not json");

        var dead = await sqs.TakeAsync(sqs.DeadLetters("inventory"), taken => taken.Any(m => RawSqs.Attribute(m, IntegrationEventWire.MessageId) == poisonId));
        var poison = dead.Should().ContainSingle(m => RawSqs.Attribute(m, IntegrationEventWire.MessageId) == poisonId).Subject;
        poison.Body.Should().Be("{ this is not json", "a dead letter keeps the body it came with");
        RawSqs.Attribute(poison, "exception-type").Should().NotBeNullOrEmpty("a dead letter says why it failed");
    }

    [Fact]
    public async Task Stock_falling_under_its_threshold_is_listed_as_low()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 5, threshold: 3);
        var orderId = await CheckoutAsync(shop, productId, 3);
        (await EventFlow.WaitForStatusAsync(client, orderId, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);

        var low = (await client.GetFromJsonAsync<List<StockDto>>("/api/v1/inventory/low-stock", Json.Options))!;

        low.Should().ContainSingle(s => s.ProductId == productId).Which.Available.Should().Be(2);
    }

    private async Task<List<NotificationDto>> NotificationsAsync(string query) =>
        (await client.GetFromJsonAsync<PagedResult<NotificationDto>>($"/api/v1/notifications?{query}", Json.Options))!.Items.ToList();

    [Fact]
    public async Task The_buyer_gets_one_email_when_the_order_is_placed_and_one_when_it_is_confirmed()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 5, name: "Mailed Mug");
        var orderId = await CheckoutAsync(shop, productId, 1);
        (await EventFlow.WaitForStatusAsync(client, orderId, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);

        await Until(async () => (await NotificationsAsync($"orderId={orderId}")).Count == 2, "two notifications recorded");

        var sent = await NotificationsAsync($"orderId={orderId}&recipient=ada@example.com");
        sent.Select(n => n.Kind).Should().BeEquivalentTo("OrderPlaced", "OrderConfirmed");
        sent.Should().OnlyContain(n => n.Status == "Sent" && n.Attempts == 1 && n.SentAt != null);
        var emails = Mails().Where(e => e.Contains(orderId.ToString(), StringComparison.Ordinal)).ToList();
        emails.Should().HaveCount(2);
        emails.Should().ContainSingle(e => e.Contains("Mailed Mug", StringComparison.Ordinal) && e.Contains("To: ada@example.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Order_emails_go_to_an_address_the_token_states_and_never_to_one_a_customer_only_typed()
    {
        var productId = await StockedProductAsync(new Shop(factory.CreateClient()), onHand: 5, name: "Unasked Urn");
        var victim = $"victim-{Guid.NewGuid():N}@example.com";
        var mallory = $"mallory-{Guid.NewGuid():N}"[..20];
        var stranger = new Shop(factory.ClientFor(mallory), mallory);
        (await stranger.AddAsync(productId, 1)).EnsureSuccessStatusCode();
        var typed = await stranger.CheckoutAsync(Shop.CheckoutBody(email: victim));
        typed.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var typedOrder = (await typed.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
        var claimed = $"grace-{Guid.NewGuid():N}@example.com";
        var name = $"grace-{Guid.NewGuid():N}"[..20];
        var grace = new Shop(factory.CustomerWithEmail(name, claimed), name);

        var claimedOrder = await CheckoutAsync(grace, productId, 1);

        (await EventFlow.WaitForStatusAsync(client, typedOrder, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);
        (await EventFlow.WaitForStatusAsync(client, claimedOrder, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);
        await Until(async () => (await NotificationsAsync($"orderId={claimedOrder}")).Count == 2, "the placed and confirmed emails, to the token's address");
        (await NotificationsAsync($"orderId={claimedOrder}")).Should().OnlyContain(n => n.Recipient == claimed);
        (await NotificationsAsync($"orderId={typedOrder}")).Should().BeEmpty("nobody proved the typed address");
        Mails().Should().NotContain(e => e.Contains(victim, StringComparison.Ordinal));
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{typedOrder}")).GetProperty("buyer").GetProperty("email").GetString()
            .Should().Be(victim, "staff still see what the buyer typed");
    }

    [Fact]
    public async Task A_cancelled_order_email_gives_the_reason()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 0, name: "Sold Out Sofa");
        var orderId = await CheckoutAsync(shop, productId, 1);
        (await EventFlow.WaitForStatusAsync(client, orderId, OrderStatus.Cancelled)).Should().Be(OrderStatus.Cancelled);

        await Until(async () => (await NotificationsAsync($"orderId={orderId}")).Any(n => n.Kind == "OrderCancelled"), "the cancellation email");

        Mails()
            .Should().Contain(e => e.Contains(orderId.ToString(), StringComparison.Ordinal) && e.Contains("Sold Out Sofa", StringComparison.Ordinal)
                && e.Contains("cancelled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_operator_is_told_about_low_stock()
    {
        var shop = new Shop(factory.CreateClient());
        var productId = await StockedProductAsync(shop, onHand: 3, threshold: 2, name: "Rare Rug");
        await CheckoutAsync(shop, productId, 2);

        await Until(async () => (await NotificationsAsync("recipient=operator@example.com")).Any(n => n.Subject.Contains("Rare Rug", StringComparison.Ordinal)),
            "the low-stock email to the operator");
    }

    [Fact]
    public async Task An_event_delivered_twice_sends_one_email()
    {
        var orderId = Guid.NewGuid();
        var body = JsonSerializer.Serialize(new Commerce.Ordering.Contracts.OrderShipped(orderId, "twice@example.com", "TRACK-2", DateTimeOffset.UtcNow), Json.Options);
        var sqs = RawSqs.Of(factory);
        var messageId = Guid.NewGuid().ToString();

        await sqs.SendAsync(sqs.Queue("notifications"), messageId, "OrderShipped", body);
        await Until(async () => (await NotificationsAsync($"orderId={orderId}")).Count == 1, "the first delivery notified");
        await sqs.SendAsync(sqs.Queue("notifications"), messageId, "OrderShipped", body);
        await sqs.DrainedAsync(sqs.Queue("notifications")); // the copy was received, and dropped by the inbox

        (await NotificationsAsync($"orderId={orderId}")).Should().ContainSingle();
        Mails().Count(e => e.Contains(orderId.ToString(), StringComparison.Ordinal)).Should().Be(1);
    }

    /// <summary>The .eml files written so far, with quoted-printable soft line breaks undone.</summary>
    private IEnumerable<string> Mails() =>
        Directory.Exists(factory.MailFolder)
            ? Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => File.ReadAllText(f).Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal))
            : [];

    private static Task Until(Func<Task<bool>> condition, string what) => Eventually.HoldsAsync(condition, what);
}
