using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.UnitTests.Domain;

public class ProductTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Created.AddHours(1);

    private static ProductDetails Details(string name = "Phone", decimal price = 10m) =>
        ProductDetails.Create("SKU-1", name, "A phone", "Phones", new Money(price, "USD"), null);

    [Fact]
    public void A_new_product_carries_its_details_and_both_timestamps()
    {
        var id = Guid.NewGuid();
        var product = Product.Create(id, Details(), Created);

        product.Id.Should().Be(id);
        product.Details.Should().Be(Details());
        product.CreatedAt.Should().Be(Created);
        product.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void A_product_needs_an_id()
    {
        var act = () => Product.Create(Guid.Empty, Details(), Created);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Updating_changes_the_details_and_the_updated_time_only()
    {
        var product = Product.Create(Guid.NewGuid(), Details(), Created);

        product.Update(Details(name: "Phone 2", price: 12m), Later).Should().BeTrue();

        product.Name.Should().Be("Phone 2");
        product.Price.Should().Be(new Money(12m, "USD"));
        product.CreatedAt.Should().Be(Created);
        product.UpdatedAt.Should().Be(Later);
    }

    [Fact]
    public void An_update_that_changes_nothing_keeps_the_updated_time()
    {
        var product = Product.Create(Guid.NewGuid(), Details(), Created);

        product.Update(Details(), Later).Should().BeFalse();

        product.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void The_version_starts_at_one_and_grows_only_with_real_changes()
    {
        var product = Product.Create(Guid.NewGuid(), Details(), Created);
        product.Version.Should().Be(1);

        product.Update(Details(), Later);
        product.Version.Should().Be(1);
        product.Update(Details(price: 12m), Later);
        product.Version.Should().Be(2);
    }
}
