using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;

namespace Commerce.Ordering.UnitTests;

public class OrderHistoryTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.NewGuid();

    [Fact]
    public void Each_event_becomes_an_entry_with_the_facts_an_operator_needs_and_nothing_of_the_buyer()
    {
        var placed = Order.Place(Id, "ada", [new OrderLine(Guid.NewGuid(), "Lamp", 12.5m, 2)], "EUR",
            Buyer.Create("Ada", "Lovelace", "ada@example.com", emailProven: true), ShippingAddress.Create("1 Way", "London", null, "N1", "UK"),
            new PaymentMethod("Visa", "1111"), At);

        var entries = new object[] { placed, new OrderShipped(Id, "TRACK-1", At), new OrderCancelled(Id, "Out of stock", At) }
            .Select((e, i) => OrderHistoryEntry.From(new RecordedOrderEvent(i + 1, At, e))).ToList();

        entries.Select(e => e.Type).Should().Equal("OrderPlaced", "OrderShipped", "OrderCancelled");
        entries[0].Data.Should().Be(new OrderHistoryData(UserName: "ada", ItemCount: 2, Total: 25m, Currency: "EUR"));
        entries[1].Data.TrackingNumber.Should().Be("TRACK-1");
        entries[2].Data.Reason.Should().Be("Out of stock");
    }

    [Fact]
    public void An_event_the_history_does_not_map_is_an_error_not_a_raw_object_in_a_response() =>
        ((Action)(() => OrderHistoryEntry.From(new RecordedOrderEvent(1, At, new { Secret = "x" })))).Should().Throw<ArgumentException>();
}
