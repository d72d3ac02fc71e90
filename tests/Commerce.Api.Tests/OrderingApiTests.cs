using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Domain.Orders;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.Api.Tests;

[Collection(SharedApi.Name)]
public class OrderingApiTests(CommerceApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly Shop shop = new(factory.CreateClient());

    private async Task<OrderDto> OrderAsync(Guid id) => (await client.GetFromJsonAsync<OrderDto>($"/api/v1/orders/{id}", Json.Options))!;

    private async Task<PagedResult<OrderDto>> OrdersAsync(string query) =>
        (await client.GetFromJsonAsync<PagedResult<OrderDto>>($"/api/v1/orders?{query}", Json.Options))!;

    private Task<HttpResponseMessage> PostAsync(Guid orderId, string action, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orders/{orderId}/{action}") { Content = JsonContent.Create(body ?? new { }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    [Fact]
    public async Task Checkout_places_a_pending_order_from_the_basket_and_empties_it()
    {
        var widget = await shop.ProductAsync(price: 2.50m, name: "Widget");
        var gadget = await shop.ProductAsync(price: 10m, name: "Gadget");
        await shop.AddAsync(widget.Id, 2);
        await shop.AddAsync(gadget.Id, 1);

        var response = await shop.CheckoutAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var accepted = (await response.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!;
        response.Headers.Location!.ToString().Should().Be($"/api/v1/orders/{accepted.OrderId}");

        var read = await client.GetAsync(response.Headers.Location);
        var order = (await read.Content.ReadFromJsonAsync<OrderDto>(Json.Options))!;
        read.Headers.ETag!.Tag.Should().Be($"\"{order.Version}\"");
        order.Status.Should().Be(OrderStatus.Pending, "Inventory does not run here: the stock is never reserved");
        order.UserName.Should().Be(shop.User);
        order.Lines.Should().Equal(new OrderLineDto(widget.Id, "Widget", 2.50m, 2, null, 5m), new OrderLineDto(gadget.Id, "Gadget", 10m, 1, null, 10m));
        order.Totals.Should().Be(new OrderTotalsDto(3, 15m, 15m, "USD"));
        order.Buyer.Email.Should().Be("ada@example.com");
        order.ShippingAddress.City.Should().Be("London");
        order.PlacedAt.Should().Be(accepted.PlacedAt);
        (await shop.BasketAsync()).Items.Should().BeEmpty();
        await Eventually.HoldsAsync(async () => (await OrderAsync(accepted.OrderId)).PaymentStatus == PaymentStatus.Authorized, "the test provider authorized", 30);
        (await OrderAsync(accepted.OrderId)).Should().BeEquivalentTo(new
        {
            Version = 2,
            Status = OrderStatus.Pending,
            Payment = new PaymentDto("visa", "4242", null),
            AmountAuthorized = 15m,
            AmountCaptured = 0m,
        });
    }

    [Fact]
    public async Task The_order_takes_the_price_at_checkout_not_the_price_when_added()
    {
        var widget = await shop.ProductAsync(price: 10m);
        await shop.AddAsync(widget.Id, 1);
        await client.PatchAsJsonAsync($"/api/v1/products/{widget.Id}", new { price = 12m });

        var accepted = (await (await shop.CheckoutAsync()).Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!;

        (await OrderAsync(accepted.OrderId)).Totals.Total.Should().Be(12m);
    }

    [Fact]
    public async Task Card_data_is_refused_and_never_stored_and_the_order_keeps_what_the_provider_reports()
    {
        const string card = "5555 5555 5555 4444";
        var product = await shop.ProductAsync();
        await shop.AddAsync(product.Id, 1);
        var withCard = new
        {
            buyer = new { firstName = "Ada", lastName = "Lovelace", email = "ada@example.com" },
            shippingAddress = new { street = "1 Way", city = "London", zipCode = "N1", country = "UK" },
            payment = new { cardNumber = card, expiryMonth = 12, expiryYear = 2030, securityCode = "123" },
        };

        var refused = await Problem.ReadAsync(await shop.CheckoutAsync(withCard), HttpStatusCode.BadRequest);
        refused.Errors.Keys.Should().BeEquivalentTo("payment.paymentMethodId");
        refused.Body.ToString().Should().NotContain("4444");
        var accepted = await shop.CheckoutAsync(Shop.CheckoutBody(paymentMethodId: "pm_card_mastercard"), idempotencyKey: Guid.NewGuid().ToString());
        var id = (await accepted.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
        await Eventually.HoldsAsync(async () => (await OrderAsync(id)).PaymentStatus == PaymentStatus.Authorized, "the test provider authorized", 30);

        (await OrderAsync(id)).Payment.Should().BeEquivalentTo(new { CardBrand = "mastercard", CardLast4 = "4444" });
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var dump = new NpgsqlCommand(
            """
            select string_agg(data::text, ' ') from (
              select data from events.mt_events
              union all select data from ordering.mt_doc_orderview
              union all select data from payments.mt_doc_payment
              union all select data from idempotency.mt_doc_storedresponse) stored
            """, connection);
        var stored = (string)(await dump.ExecuteScalarAsync())!;
        stored.Should().NotContain("5555555555554444").And.NotContain(card);
        stored.Should().NotContainEquivalentOf("securityCode").And.NotContainEquivalentOf("cardNumber");
    }

    [Theory]
    [InlineData("confirm", "00000000-0000-0000-0000-000000000000")]
    [InlineData("ship", "00000000-0000-0000-0000-000000000000")]
    [InlineData("deliver", "00000000-0000-0000-0000-000000000000")]
    [InlineData("cancel", "00000000-0000-0000-0000-000000000000")]
    [InlineData("ship", "ffffffff-ffff-ffff-ffff-ffffffffffff")]
    [InlineData("cancel", "ffffffff-ffff-ffff-ffff-ffffffffffff")]
    public async Task A_lifecycle_command_on_an_id_no_order_can_have_is_a_404(string action, string id)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/orders/{id}/{action}", new { trackingNumber = "1Z", reason = "No such order" });

        (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code.Should().Be("order_not_found");
    }

    [Fact]
    public async Task Checking_out_an_empty_basket_is_refused()
    {
        var problem = await Problem.ReadAsync(await shop.CheckoutAsync(), HttpStatusCode.UnprocessableEntity);

        problem.Code.Should().Be("basket_empty");
        (await OrdersAsync($"userName={shop.User}")).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task A_refused_checkout_changes_nothing()
    {
        var product = await shop.ProductAsync();
        await shop.AddAsync(product.Id, 2);
        var problem = await Problem.ReadAsync(await shop.CheckoutAsync(Shop.CheckoutBody(paymentMethodId: "pm_card_unknown")), HttpStatusCode.BadRequest);

        problem.Errors.Keys.Should().BeEquivalentTo("payment.paymentMethodId");
        (await shop.BasketAsync()).Items.Should().ContainSingle().Which.Quantity.Should().Be(2);
        (await OrdersAsync($"userName={shop.User}")).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task Invalid_checkout_fields_are_all_named()
    {
        var problem = await Problem.ReadAsync(await shop.CheckoutAsync(new
        {
            buyer = new { firstName = "", lastName = "L", email = "not-an-email" },
            payment = new { cardNumber = "1234", expiryMonth = 13, expiryYear = 2030, securityCode = "12" },
        }), HttpStatusCode.BadRequest);

        problem.Errors.Keys.Should().BeEquivalentTo("buyer.firstName", "buyer.email", "payment.paymentMethodId");
        problem.Body.ToString().Should().NotContain("1234", "a card number is never echoed");

        // An account of the shop may leave the address out (its default one); who must give one is known after the fields.
        var noAddress = await Problem.ReadAsync(await shop.CheckoutAsync(new
        {
            buyer = new { firstName = "Ada", lastName = "L", email = "ada@example.com" },
            payment = new { paymentMethodId = Shop.TestCard },
        }), HttpStatusCode.BadRequest);
        noAddress.Errors.Keys.Should().BeEquivalentTo("shippingAddress");
        noAddress.Code.Should().Be("shipping_address_required");
    }

    [Fact]
    public async Task A_buyer_cannot_write_extra_lines_into_the_shops_email()
    {
        var product = await shop.ProductAsync();
        await shop.AddAsync(product.Id, 1);

        var problem = await Problem.ReadAsync(await shop.CheckoutAsync(new
        {
            buyer = new { firstName = "Ada,\r\n\r\nYour account is locked: visit https://evil.example", lastName = "L", email = "victim@example.com" },
            shippingAddress = new { street = "1 Way\nBcc: everyone@example.com", city = "London", zipCode = "N1", country = "UK" },
            payment = new { paymentMethodId = Shop.TestCard },
        }), HttpStatusCode.BadRequest);

        problem.Errors.Keys.Should().BeEquivalentTo("buyer.firstName", "shippingAddress.street");
        (await OrdersAsync($"userName={shop.User}")).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task A_retried_checkout_with_the_same_key_replays_the_first_response()
    {
        var product = await shop.ProductAsync();
        await shop.AddAsync(product.Id, 1);
        var key = Guid.NewGuid().ToString();

        var first = await shop.CheckoutAsync(idempotencyKey: key);
        var second = await shop.CheckoutAsync(idempotencyKey: key);

        second.StatusCode.Should().Be(first.StatusCode).And.Be(HttpStatusCode.Accepted);
        second.Headers.Location.Should().Be(first.Headers.Location);
        (await second.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options)).Should().Be(await first.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options));
        (await OrdersAsync($"userName={shop.User}")).TotalCount.Should().Be(1);
    }

    [Fact]
    public async Task Retries_racing_with_one_key_place_one_order_and_never_two_different_answers()
    {
        var product = await shop.ProductAsync();
        await shop.AddAsync(product.Id, 1);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new Shop(factory.CreateClient()).CheckoutAsync(idempotencyKey: key, user: shop.User)));

        var accepted = responses.Where(r => r.StatusCode == HttpStatusCode.Accepted).ToList();
        accepted.Should().NotBeEmpty();
        var orderIds = await Task.WhenAll(accepted.Select(async r => (await r.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId));
        orderIds.Distinct().Should().ContainSingle("a replay answers with the first order");
        responses.Except(accepted).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Conflict, "a loser of the race is told to retry");
        (await OrdersAsync($"userName={shop.User}")).TotalCount.Should().Be(1);
    }

    [Fact]
    public async Task The_same_key_with_another_payload_is_refused()
    {
        var product = await shop.ProductAsync();
        await shop.AddAsync(product.Id, 1);
        var key = Guid.NewGuid().ToString();
        (await shop.CheckoutAsync(idempotencyKey: key)).EnsureSuccessStatusCode();

        var problem = await Problem.ReadAsync(
            await shop.CheckoutAsync(Shop.CheckoutBody(email: "someone.else@example.com"), idempotencyKey: key), HttpStatusCode.UnprocessableEntity);

        problem.Code.Should().Be("idempotency_key_reused");
    }

    [Fact]
    public async Task Two_racing_checkouts_of_one_basket_place_exactly_one_order()
    {
        var product = await shop.ProductAsync();
        await shop.AddAsync(product.Id, 3);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => new Shop(factory.CreateClient()).CheckoutAsync(user: shop.User)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Accepted).Should().Be(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.Accepted).Select(r => (int)r.StatusCode)
            .Should().OnlyContain(status => status == 409 || status == 422);
        var orders = await OrdersAsync($"userName={shop.User}");
        orders.TotalCount.Should().Be(1);
        orders.Items.Single().Totals.ItemCount.Should().Be(3);
    }

    /// <summary>
    /// Once the test provider authorized the payment, Inventory's answer (sent as Inventory sends it; this host runs
    /// without Inventory) confirms the order: placed (1), payment authorized (2), stock reserved (3), confirmed (4).
    /// </summary>
    private async Task ReservedAsync(Guid id)
    {
        await AuthorizedAsync(id);
        await RawSqs.Of(factory).StockReservedAsync(id);
        await Eventually.HoldsAsync(async () => (await OrderAsync(id)).Status != OrderStatus.Pending, "Inventory's answer handled", 30);

        (await OrderAsync(id)).Status.Should().Be(OrderStatus.Confirmed);
    }

    // The test provider authorizes asynchronously: a test that counts events waits for it, or races it.
    private Task AuthorizedAsync(Guid id) =>
        Eventually.HoldsAsync(async () => (await OrderAsync(id)).PaymentStatus == PaymentStatus.Authorized, "the test provider authorized", 30);

    [Fact]
    public async Task An_order_is_confirmed_when_its_stock_is_reserved_then_shipped_and_delivered_each_step_returning_the_next_etag()
    {
        var id = await shop.PlaceOrderAsync();

        await ReservedAsync(id);
        (await OrderAsync(id)).Should().BeEquivalentTo(new { Version = 4, Status = OrderStatus.Confirmed }, "placed, payment authorized, stock reserved, confirmed");
        var shipped = await PostAsync(id, "ship", new { trackingNumber = "1Z999" }, ifMatch: "\"4\"");
        shipped.Headers.ETag!.Tag.Should().Be("\"5\"");
        (await shipped.Content.ReadFromJsonAsync<OrderChanged>(Json.Options)).Should().Be(new OrderChanged(id, OrderStatus.Shipped, 5));
        (await PostAsync(id, "deliver")).StatusCode.Should().Be(HttpStatusCode.OK);

        var order = await OrderAsync(id);
        order.Status.Should().Be(OrderStatus.Delivered);
        order.Version.Should().Be(6);
        order.StockReservedAt.Should().NotBeNull();
        order.TrackingNumber.Should().Be("1Z999");
        order.ConfirmedAt.Should().NotBeNull();
        order.ShippedAt.Should().BeOnOrAfter(order.ConfirmedAt!.Value);
        order.DeliveredAt.Should().BeOnOrAfter(order.ShippedAt!.Value);
    }

    [Fact]
    public async Task An_operator_cannot_confirm_an_order_whose_stock_is_not_reserved()
    {
        var id = await shop.PlaceOrderAsync();
        await AuthorizedAsync(id);

        var problem = await Problem.ReadAsync(await PostAsync(id, "confirm"), HttpStatusCode.Conflict);

        problem.Code.Should().Be("stock_not_reserved");
        (await OrderAsync(id)).Should().BeEquivalentTo(new { Version = 2, Status = OrderStatus.Pending }, "placed and authorized; the refusal appended nothing");
    }

    [Theory]
    [InlineData("ship", "Pending")]
    [InlineData("deliver", "Pending")]
    public async Task A_transition_that_is_not_allowed_is_a_conflict_naming_the_status(string action, string status)
    {
        var id = await shop.PlaceOrderAsync();
        await AuthorizedAsync(id);

        var problem = await Problem.ReadAsync(await PostAsync(id, action, new { trackingNumber = "T1" }), HttpStatusCode.Conflict);

        problem.Code.Should().Be("invalid_transition");
        problem.Body.GetProperty("currentStatus").GetString().Should().Be(status);
        (await OrderAsync(id)).Version.Should().Be(2, "placed and authorized; the refusal appended nothing");
    }

    [Fact]
    public async Task A_delivered_order_cannot_be_cancelled_but_a_confirmed_one_can_with_its_reason()
    {
        var delivered = await shop.PlaceOrderAsync();
        await ReservedAsync(delivered);
        await PostAsync(delivered, "ship", new { trackingNumber = "T1" });
        await PostAsync(delivered, "deliver");
        (await Problem.ReadAsync(await PostAsync(delivered, "cancel", new { reason = "late" }), HttpStatusCode.Conflict))
            .Body.GetProperty("currentStatus").GetString().Should().Be("Delivered");

        var confirmed = await shop.PlaceOrderAsync();
        await ReservedAsync(confirmed);
        (await PostAsync(confirmed, "cancel", new { reason = "Changed my mind" })).StatusCode.Should().Be(HttpStatusCode.OK);
        var order = await OrderAsync(confirmed);
        order.Status.Should().Be(OrderStatus.Cancelled);
        order.CancellationReason.Should().Be("Changed my mind");
    }

    [Fact]
    public async Task A_command_with_a_stale_version_is_refused_and_changes_nothing()
    {
        var id = await shop.PlaceOrderAsync();
        await ReservedAsync(id);

        var problem = await Problem.ReadAsync(await PostAsync(id, "cancel", new { reason = "stale" }, ifMatch: "\"1\""), HttpStatusCode.PreconditionFailed);

        problem.Code.Should().Be("version_mismatch");
        problem.Body.GetProperty("currentVersion").GetInt64().Should().Be(4);
        (await OrderAsync(id)).Status.Should().Be(OrderStatus.Confirmed);
    }

    [Fact]
    public async Task Of_concurrent_commands_on_one_version_exactly_one_wins()
    {
        var id = await shop.PlaceOrderAsync();
        await ReservedAsync(id);

        // Every racer read version 4 (confirmed). Losers see 412 (read after the winner committed) or 409 (committed
        // after the winner, or a transition the winner made illegal).
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orders/{id}/{(i % 2 == 0 ? "ship" : "cancel")}")
            {
                Content = JsonContent.Create(new { reason = $"racer {i}", trackingNumber = $"T{i}" }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", "\"4\"");
            return factory.CreateClient().SendAsync(request);
        }));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.StatusCode)
            .Should().OnlyContain(s => s == HttpStatusCode.Conflict || s == HttpStatusCode.PreconditionFailed);
        var history = await client.GetFromJsonAsync<List<JsonElement>>($"/api/v1/orders/{id}/history", Json.Options);
        history!.Select(e => e.GetProperty("type").GetString()).Where(t => t!.StartsWith("Order", StringComparison.Ordinal))
            .Should().HaveCount(4, "placed, reserved, confirmed and the one winner (the payment's own events follow it)");
    }

    [Fact]
    public async Task Concurrent_commands_without_if_match_are_taken_in_turn_and_none_is_told_to_retry()
    {
        var id = await shop.PlaceOrderAsync();
        await ReservedAsync(id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            factory.CreateClient().PostAsJsonAsync($"/api/v1/orders/{id}/cancel", new { reason = $"racer {i}" })));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            (await Problem.ReadAsync(loser, HttpStatusCode.Conflict)).Code.Should().Be("invalid_transition", "each later one is told the order is cancelled already, not to try again");
        }
    }

    [Fact]
    public async Task A_malformed_if_match_is_a_400()
    {
        var id = await shop.PlaceOrderAsync();

        (await Problem.ReadAsync(await PostAsync(id, "cancel", new { reason = "bad header" }, ifMatch: "yesterday"), HttpStatusCode.BadRequest))
            .Code.Should().Be("invalid_if_match");
    }

    [Fact]
    public async Task Orders_are_listed_by_user_status_and_placed_date_newest_first()
    {
        var first = await shop.PlaceOrderAsync();
        var second = await shop.PlaceOrderAsync();
        var third = await shop.PlaceOrderAsync();
        await ReservedAsync(second);
        var secondPlaced = (await OrderAsync(second)).PlacedAt;

        (await OrdersAsync($"userName={shop.User}")).Items.Select(o => o.Id).Should().Equal(third, second, first);
        (await OrdersAsync($"userName={shop.User}&status=confirmed")).Items.Select(o => o.Id).Should().Equal(second);
        var from = Uri.EscapeDataString(secondPlaced.ToString("O"));
        (await OrdersAsync($"userName={shop.User}&placedFrom={from}")).Items.Select(o => o.Id).Should().Equal(third, second);
        (await OrdersAsync($"userName={shop.User}&placedTo={from}")).Items.Select(o => o.Id).Should().Equal(second, first);

        var page = await OrdersAsync($"userName={shop.User}&pageSize=2&page=2");
        page.TotalCount.Should().Be(3);
        page.Items.Select(o => o.Id).Should().Equal(first);
    }

    [Theory]
    [InlineData("status=lost", "status")]
    [InlineData("placedFrom=yesterday", "placedFrom")]
    [InlineData("placedFrom=2026-02-01T00:00:00Z&placedTo=2026-01-01T00:00:00Z", "placedTo")]
    public async Task Bad_order_filters_are_400s_naming_the_parameter(string query, string field) =>
        (await Problem.ReadAsync(await client.GetAsync($"/api/v1/orders?{query}"), HttpStatusCode.BadRequest))
            .Errors.Keys.Should().Contain(field);

    [Fact]
    public async Task The_history_lists_every_event_with_its_type_time_and_data_in_order()
    {
        var id = await shop.PlaceOrderAsync();
        await ReservedAsync(id);
        await PostAsync(id, "ship", new { trackingNumber = "TRACK-42" });

        var history = (await client.GetFromJsonAsync<List<JsonElement>>($"/api/v1/orders/{id}/history", Json.Options))!;

        history.Select(e => e.GetProperty("type").GetString()).Should().Equal("OrderPlaced", "PaymentAuthorized", "OrderStockReserved", "OrderConfirmed", "OrderShipped");
        history.Select(e => e.GetProperty("version").GetInt64()).Should().Equal(1, 2, 3, 4, 5);
        history.Select(e => e.GetProperty("recordedAt").GetDateTimeOffset()).Should().BeInAscendingOrder();
        history[0].GetProperty("data").GetProperty("userName").GetString().Should().Be(shop.User);
        history[1].GetProperty("data").GetProperty("amount").GetDecimal().Should().Be(10m);
        history[4].GetProperty("data").GetProperty("trackingNumber").GetString().Should().Be("TRACK-42");
    }

    [Fact]
    public async Task A_value_the_domain_refuses_is_named_by_this_routes_field_though_the_domain_names_none()
    {
        var id = await shop.PlaceOrderAsync();
        await ReservedAsync(id);

        var ship = await Problem.ReadAsync(await PostAsync(id, "ship", new { trackingNumber = "1Z\r\nBcc: x@example.com" }), HttpStatusCode.BadRequest);
        var cancel = await Problem.ReadAsync(await PostAsync(id, "cancel", new { reason = "" }), HttpStatusCode.BadRequest);

        (ship.Code, ship.Errors.Keys.Single()).Should().Be(("invalid_tracking_number", "trackingNumber"));
        (cancel.Code, cancel.Errors.Keys.Single()).Should().Be(("invalid_reason", "reason"));
        (await OrderAsync(id)).Status.Should().Be(OrderStatus.Confirmed);
    }

    [Fact]
    public async Task An_unknown_order_is_not_found_everywhere()
    {
        var id = Guid.NewGuid();

        (await Problem.ReadAsync(await client.GetAsync($"/api/v1/orders/{id}"), HttpStatusCode.NotFound)).Code.Should().Be("order_not_found");
        await Problem.ReadAsync(await client.GetAsync($"/api/v1/orders/{id}/history"), HttpStatusCode.NotFound);
        await Problem.ReadAsync(await PostAsync(id, "confirm"), HttpStatusCode.NotFound);
    }
}

/// <summary>A host whose idempotency keys live an hour of a clock the test moves.</summary>
public sealed class ShortKeyLifetimeFactory : CommerceApiFactory
{
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromHours(1);

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Idempotency:KeyLifetime", KeyLifetime.ToString());
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public class IdempotencyExpiryTests(ShortKeyLifetimeFactory factory) : IClassFixture<ShortKeyLifetimeFactory>
{
    [Fact]
    public async Task An_expired_key_places_a_new_order()
    {
        var shop = new Shop(factory.CreateClient());
        var product = await shop.ProductAsync();
        await shop.AddAsync(product.Id, 1);
        var first = (await (await shop.CheckoutAsync(idempotencyKey: "same-key")).Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!;

        factory.Clock.Advance(ShortKeyLifetimeFactory.KeyLifetime + TimeSpan.FromSeconds(1));
        await shop.AddAsync(product.Id, 1);
        var again = await shop.CheckoutAsync(Shop.CheckoutBody(email: "new@example.com"), idempotencyKey: "same-key");

        again.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await again.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId.Should().NotBe(first.OrderId);
    }
}
