using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.UnitTests.Domain;

public class ProductDescriptionTests
{
    private static ProductDetails Details(IEnumerable<string?>? tags = null, IEnumerable<ProductSpecification>? specifications = null) =>
        ProductDetails.Create("SKU-1", "Phone", "", "Phones", new Money(10m, "USD"), null, tags, specifications);

    [Fact]
    public void Tags_are_lower_case_each_once_in_the_given_order()
    {
        Details([" Waterproof", "5G", "waterproof"]).Tags.Should().Equal("waterproof", "5g");
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("-leading-dash")]
    [InlineData("")]
    [InlineData(null)]
    public void A_tag_that_is_not_one_plain_word_is_refused(string? tag)
    {
        var act = () => Details([tag]);

        act.Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_tag");
    }

    [Fact]
    public void Specification_names_appear_once_whatever_their_case()
    {
        var act = () => Details(specifications: [ProductSpecification.Create("Size", "M"), ProductSpecification.Create("SIZE", "L")]);

        act.Should().Throw<InvalidValueException>().Which.Code.Should().Be("duplicate_specification");
    }

    [Fact]
    public void Details_with_equal_lists_are_equal_so_an_unchanged_update_writes_nothing()
    {
        var product = Product.Create(Guid.NewGuid(), Details(["a"], [ProductSpecification.Create("Size", "M")]), DateTimeOffset.UnixEpoch);

        product.Update(Details(["a"], [ProductSpecification.Create("Size", "M")]), DateTimeOffset.UnixEpoch.AddDays(1)).Should().BeFalse();
        product.Update(Details(["b"], [ProductSpecification.Create("Size", "M")]), DateTimeOffset.UnixEpoch.AddDays(1)).Should().BeTrue();
    }

    [Fact]
    public void A_product_has_a_bounded_number_of_tags_and_specifications()
    {
        var tags = () => Details([.. Enumerable.Range(0, ProductDetails.MaxTags + 1).Select(i => $"t{i}")]);
        var sheet = () => Details(specifications: [.. Enumerable.Range(0, ProductDetails.MaxSpecifications + 1).Select(i => ProductSpecification.Create($"n{i}", "v"))]);

        tags.Should().Throw<InvalidValueException>().Which.Code.Should().Be("too_many_tags");
        sheet.Should().Throw<InvalidValueException>().Which.Code.Should().Be("too_many_specifications");
    }
}
