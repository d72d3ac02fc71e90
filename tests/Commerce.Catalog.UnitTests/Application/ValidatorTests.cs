using Commerce.Catalog.Application.ChangeProduct;
using Commerce.Catalog.Application.CreateProduct;
using Commerce.Catalog.Application.ListProducts;

namespace Commerce.Catalog.UnitTests.Application;

public class ValidatorTests
{
    [Fact]
    public void Create_reports_every_missing_field_at_once()
    {
        var result = new CreateProductValidator().Validate(new CreateProduct(null, null, null, null, null, null, null));

        result.Errors.Select(e => e.PropertyName).Distinct().Should()
            .BeEquivalentTo("Sku", "Name", "Category", "Price", "Currency");
    }

    [Fact]
    public void Create_accepts_a_complete_product() =>
        new CreateProductValidator().Validate(new CreateProduct("SKU-1", "Phone", "d", "Phones", 0m, "usd", "p.png"))
            .IsValid.Should().BeTrue();

    [Fact]
    public void Create_reports_line_breaks_in_the_name_and_category_with_the_rest() =>
        new CreateProductValidator().Validate(new CreateProduct("SKU-1", "Lamp\nSale", "One.\nTwo.", "Home\rGarden", 0m, "usd", null))
            .Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("Name", "Category");

    [Fact]
    public void Change_accepts_an_empty_patch_but_not_an_empty_name()
    {
        var validator = new ChangeProductValidator();

        validator.Validate(new ChangeProduct(Guid.NewGuid(), null, null, null, null, null, null, null)).IsValid.Should().BeTrue();
        validator.Validate(new ChangeProduct(Guid.NewGuid(), null, "", null, null, null, null, null)).Errors
            .Should().ContainSingle(e => e.PropertyName == "Name");
    }

    [Theory]
    [InlineData(0, 20, null, null, "unknown")]
    [InlineData(1, 0, null, null, null)]
    [InlineData(1, 101, null, null, null)]
    [InlineData(1, 20, 10, 5, null)]
    [InlineData(1, 20, -1, null, null)]
    public void List_refuses_bad_paging_prices_and_sorts(int page, int pageSize, int? min, int? max, string? sort) =>
        new ListProductsValidator().Validate(new ListProducts(page, pageSize, null, min, max, null, sort)).IsValid.Should().BeFalse();

    [Theory]
    [InlineData("newest")]
    [InlineData("PRICE_ASC")]
    [InlineData("price_desc")]
    [InlineData("name")]
    [InlineData(null)]
    public void List_accepts_the_known_sorts(string? sort) =>
        new ListProductsValidator().Validate(new ListProducts(Sort: sort)).IsValid.Should().BeTrue();
}
