using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Application.ListProductsByCursor;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.UnitTests.Application;

public class ProductCursorTests
{
    private static readonly Product Last = Product.Create(
        Guid.NewGuid(), ProductDetails.Create("SKU-1", "Phone: the big one", "", "Phones", new Money(12.5m, "USD"), null),
        new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));

    [Theory]
    [InlineData(ProductSort.Newest)]
    [InlineData(ProductSort.PriceAscending)]
    [InlineData(ProductSort.PriceDescending)]
    [InlineData(ProductSort.Name)]
    public void A_cursor_reads_back_as_the_position_it_was_made_at(ProductSort sort)
    {
        var cursor = ProductCursor.After(Last, sort);

        ProductCursor.Decode(cursor.Encode(), sort).Should().Be(cursor);
    }

    [Fact]
    public void The_time_is_kept_to_the_microsecond_as_the_database_orders_by_it()
    {
        ProductCursor.After(Last, ProductSort.Newest).CreatedAt.Should().Be(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_570));
    }

    [Fact]
    public void A_cursor_of_another_sort_or_no_cursor_at_all_is_refused()
    {
        var byName = ProductCursor.After(Last, ProductSort.Name).Encode();

        foreach (var (text, sort) in new[] { (byName, ProductSort.Newest), ("garbage!", ProductSort.Name), ("e30", ProductSort.Name), (string.Empty, ProductSort.Name) })
        {
            var act = () => ProductCursor.Decode(text, sort);
            act.Should().Throw<InvalidValueException>().Which.Code.Should().Be(CursorText.InvalidCode);
        }
    }
}
