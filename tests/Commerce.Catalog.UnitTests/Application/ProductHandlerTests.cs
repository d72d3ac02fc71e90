using Commerce.BuildingBlocks.Domain;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.Catalog.Application.ChangeProduct;
using Commerce.Catalog.Application.CreateProduct;
using Commerce.Catalog.Application.DeleteProduct;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Application.ReplaceProduct;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Catalog.UnitTests.Application;

public class ProductHandlerTests
{
    private readonly InMemoryProducts products = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeImageStore store = new();
    private readonly RecordedEvents events = new();

    private ProductMapping Mapping => new(store, new FakeStandings());

    private ProductRevision Revision => new(products, Mapping);

    [Fact]
    public async Task Create_stores_a_product_with_a_new_id_and_the_clock_time()
    {
        var dto = await new CreateProductHandler(products, Mapping, clock).Handle(
            new CreateProduct("sku-9", "Tablet", null, "Tablets", 300m, "eur", null), CancellationToken.None);

        dto.Id.Should().NotBeEmpty();
        dto.Sku.Should().Be("SKU-9");
        dto.Currency.Should().Be("EUR");
        dto.CreatedAt.Should().Be(clock.GetUtcNow());
        products.Stored.Should().ContainKey(dto.Id);
    }

    [Fact]
    public async Task Create_refuses_a_taken_sku_whatever_its_case()
    {
        products.Seed("SKU-1");

        var act = () => new CreateProductHandler(products, Mapping, clock).Handle(
            new CreateProduct("sku-1", "Other", null, "Phones", 1m, "USD", null), CancellationToken.None);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Field.Should().Be("sku");
        products.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Change_keeps_the_fields_it_was_not_given()
    {
        var product = products.Seed("SKU-1", name: "Phone", price: 10m);

        var dto = await new ChangeProductHandler(Revision, clock).Handle(
            new ChangeProduct(product.Id, null, null, null, null, 12.5m, null, null), CancellationToken.None);

        dto.Price.Should().Be(12.5m);
        dto.Name.Should().Be("Phone");
        dto.ImageFile.Should().Be("a.png");
        dto.UpdatedAt.Should().Be(clock.GetUtcNow());
        products.Writes.Should().Equal("update SKU-1");
    }

    [Fact]
    public async Task Replace_clears_optional_fields_it_was_not_given()
    {
        var product = products.Seed("SKU-1");

        var dto = await new ReplaceProductHandler(Revision, clock).Handle(
            new ReplaceProduct(product.Id, "SKU-1", "Phone", null, "Phones", 10m, "USD", null), CancellationToken.None);

        dto.ImageFile.Should().BeNull();
        dto.Description.Should().BeEmpty();
    }

    [Fact]
    public async Task Changing_nothing_writes_nothing()
    {
        var product = products.Seed("SKU-1");

        await new ChangeProductHandler(Revision, clock).Handle(
            new ChangeProduct(product.Id, null, null, null, null, null, null, null), CancellationToken.None);

        products.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Changing_the_sku_to_another_products_sku_is_a_conflict()
    {
        products.Seed("SKU-1");
        var second = products.Seed("SKU-2");

        var act = () => new ChangeProductHandler(Revision, clock).Handle(
            new ChangeProduct(second.Id, "SKU-1", null, null, null, null, null, null), CancellationToken.None);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Code.Should().Be("sku_taken");
        second.Sku.Should().Be("SKU-2");
    }

    [Fact]
    public async Task Deleting_an_unknown_product_is_not_found()
    {
        var act = () => new DeleteProductHandler(products, Revision, events).Handle(new DeleteProduct(Guid.NewGuid()), CancellationToken.None);

        (await act.Should().ThrowAsync<NotFoundException>()).Which.Code.Should().Be("product_not_found");
    }
}
