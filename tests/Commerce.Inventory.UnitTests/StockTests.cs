using Commerce.BuildingBlocks.Domain;
using Commerce.Inventory.Domain.Stock;

namespace Commerce.Inventory.UnitTests;

public class StockTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid Lamp = Guid.NewGuid();
    private static readonly Guid Bulb = Guid.NewGuid();

    private static StockItem Item(Guid id, int onHand, int threshold = 0)
    {
        var item = StockItem.For(id, Now);
        item.Set(onHand, threshold, Now);
        return item;
    }

    private static Dictionary<Guid, StockItem> Stock(int lamps, int bulbs) => new() { [Lamp] = Item(Lamp, lamps), [Bulb] = Item(Bulb, bulbs) };

    [Fact]
    public void Reserving_every_line_moves_units_from_available_to_reserved()
    {
        var stock = Stock(lamps: 5, bulbs: 5);

        var (reservation, shortLines) = Reservation.Reserve(Guid.NewGuid(), [new(Lamp, "Lamp", 2), new(Bulb, "Bulb", 5)], stock, Now);

        reservation.HoldsStock.Should().BeTrue();
        shortLines.Should().BeEmpty();
        stock[Lamp].Should().BeEquivalentTo(new { OnHand = 5, Reserved = 2, Available = 3 });
        stock[Bulb].Available.Should().Be(0);
    }

    [Fact]
    public void One_short_line_reserves_nothing_and_names_every_short_line()
    {
        var stock = Stock(lamps: 5, bulbs: 1);

        var (reservation, shortLines) = Reservation.Reserve(Guid.NewGuid(), [new(Lamp, "Lamp", 2), new(Bulb, "Bulb", 3), new(Guid.NewGuid(), "Ghost", 1)], stock, Now);

        reservation.Should().BeEquivalentTo(new { HoldsStock = false, Status = ReservationStatus.Refused });
        shortLines.Select(s => (s.ProductName, s.Requested, s.Available)).Should().BeEquivalentTo(new[] { ("Bulb", 3, 1), ("Ghost", 1, 0) });
        stock.Values.Should().OnlyContain(i => i.Reserved == 0);
    }

    [Fact]
    public void Lines_for_one_product_are_reserved_together()
    {
        var stock = Stock(lamps: 3, bulbs: 0);

        var (reservation, _) = Reservation.Reserve(Guid.NewGuid(), [new(Lamp, "Lamp", 2), new(Lamp, "Lamp", 2)], stock, Now);

        reservation.HoldsStock.Should().BeFalse("two lines of 2 need 4 lamps, and only 3 are there");
    }

    [Fact]
    public void Releasing_gives_the_units_back_once()
    {
        var stock = Stock(lamps: 5, bulbs: 5);
        var (reservation, _) = Reservation.Reserve(Guid.NewGuid(), [new(Lamp, "Lamp", 2)], stock, Now);

        reservation.Release(stock, Now).Should().BeTrue();
        reservation.Release(stock, Now).Should().BeFalse();
        reservation.Commit(stock, Now).Should().BeFalse();

        stock[Lamp].Should().BeEquivalentTo(new { OnHand = 5, Reserved = 0, Available = 5 });
        reservation.Status.Should().Be(ReservationStatus.Released);
    }

    [Fact]
    public void Committing_takes_the_units_out_of_stock()
    {
        var stock = Stock(lamps: 5, bulbs: 5);
        var (reservation, _) = Reservation.Reserve(Guid.NewGuid(), [new(Lamp, "Lamp", 2)], stock, Now);

        reservation.Commit(stock, Now).Should().BeTrue();

        stock[Lamp].Should().BeEquivalentTo(new { OnHand = 3, Reserved = 0, Available = 3 });
    }

    [Fact]
    public void On_hand_cannot_be_set_below_what_is_reserved()
    {
        var lamp = Item(Lamp, 5);
        lamp.Reserve(4, Now);

        ((Action)(() => lamp.Set(3, 0, Now))).Should().Throw<DomainException>().Which.Code.Should().Be("below_reserved");
        ((Action)(() => lamp.Adjust(-2, Now))).Should().Throw<DomainException>();
        lamp.Adjust(-1, Now);
        lamp.Available.Should().Be(0);
    }

    [Fact]
    public void Reserving_more_than_is_available_is_refused()
    {
        var lamp = Item(Lamp, 2);

        ((Action)(() => lamp.Reserve(3, Now))).Should().Throw<DomainException>().Which.Code.Should().Be("insufficient_stock");
        lamp.Reserved.Should().Be(0);
    }

    [Theory]
    [InlineData(5, 3, false)]
    [InlineData(2, 3, true)]
    [InlineData(3, 3, false)]
    public void An_item_is_low_when_available_is_under_its_threshold(int onHand, int threshold, bool low) =>
        Item(Lamp, onHand, threshold).IsLow.Should().Be(low);

    [Theory]
    [InlineData(-1)]
    [InlineData(StockItem.MaxQuantity + 1)]
    public void Quantities_are_bounded(int onHand) =>
        ((Action)(() => Item(Lamp, onHand))).Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_onHand");

    [Fact]
    public void A_release_that_comes_before_its_reservation_leaves_a_tombstone_holding_nothing()
    {
        var stock = Stock(lamps: 5, bulbs: 5);
        var tombstone = Reservation.ReleasedBeforeReserved(Guid.NewGuid(), Now);

        tombstone.Release(stock, Now).Should().BeFalse("a tombstone has nothing to give back");
        tombstone.Commit(stock, Now).Should().BeFalse();

        tombstone.HoldsStock.Should().BeFalse();
        stock.Values.Should().OnlyContain(i => i.Reserved == 0 && i.OnHand == 5);
    }

    [Fact]
    public void Every_change_raises_the_revision_so_a_copy_of_the_level_can_tell_newer_from_late()
    {
        var item = Item(Lamp, onHand: 5);
        var revisions = new List<long> { item.Revision };

        item.Reserve(2, Now);
        revisions.Add(item.Revision);
        item.Release(1, Now);
        revisions.Add(item.Revision);
        item.Commit(1, Now);
        revisions.Add(item.Revision);
        item.Adjust(3, Now);
        revisions.Add(item.Revision);

        revisions.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        item.Level.Should().Be(new StockLevel(Available: 7, IsLow: false));
    }
}
