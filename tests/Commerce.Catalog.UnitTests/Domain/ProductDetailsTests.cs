using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.UnitTests.Domain;

public class ProductDetailsTests
{
    private static readonly Money Price = new(10m, "USD");

    [Fact]
    public void Values_are_trimmed_and_the_sku_upper_cased()
    {
        var details = ProductDetails.Create(" phone-1 ", "  Phone ", null, " Phones ", Price, " phone.png ");

        details.Sku.Should().Be("PHONE-1");
        details.Name.Should().Be("Phone");
        details.Description.Should().BeEmpty();
        details.Category.Should().Be("Phones");
        details.ImageFile.Should().Be("phone.png");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("AB")]
    [InlineData("-ABC")]
    [InlineData("AB C")]
    public void A_bad_sku_is_refused(string? sku) =>
        Refusal(() => ProductDetails.Create(sku, "Name", null, "Cat", Price, null)).Code.Should().Be("invalid_sku");

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_name_is_required(string? name) =>
        Refusal(() => ProductDetails.Create("SKU-1", name, null, "Cat", Price, null)).Code.Should().Be("name_required");

    [Fact]
    public void A_category_is_required() =>
        Refusal(() => ProductDetails.Create("SKU-1", "Name", null, "", Price, null)).Code.Should().Be("category_required");

    [Fact]
    public void A_name_over_the_limit_is_refused() =>
        Refusal(() => ProductDetails.Create("SKU-1", new string('n', ProductDetails.MaxNameLength + 1), null, "Cat", Price, null))
            .Code.Should().Be("name_too_long");

    [Theory]
    [InlineData("Lamp\r\nBcc: someone@example.com", "name")]
    [InlineData("Lamp\u2028Sale", "name")]
    [InlineData("Lamp \u202Egnp.exe", "name")]
    [InlineData("Lamps\n", null)]
    public void Names_and_categories_are_one_line_of_printable_text(string text, string? refusedField)
    {
        var asName = () => ProductDetails.Create("SKU-1", text, null, "Cat", Price, null);
        var asCategory = () => ProductDetails.Create("SKU-1", "Name", null, text, Price, null);

        if (refusedField is null)
        {
            asName().Name.Should().Be("Lamps", "a trailing line break is trimmed like any white space");
            return;
        }

        Refusal(asName).Code.Should().Be("name_control_characters");
        Refusal(asCategory).Code.Should().Be("category_control_characters");
    }

    [Fact]
    public void A_description_keeps_its_line_breaks() =>
        ProductDetails.Create("SKU-1", "Name", "One.\nTwo.", "Cat", Price, null).Description.Should().Be("One.\nTwo.");

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("images/phone.png")]
    [InlineData("C:\\phone.png")]
    [InlineData("a..png")]
    public void An_image_file_must_be_a_plain_file_name(string imageFile) =>
        Refusal(() => ProductDetails.Create("SKU-1", "Name", null, "Cat", Price, imageFile)).Code.Should().Be("invalid_image_file");

    [Fact]
    public void A_blank_image_file_means_none() =>
        ProductDetails.Create("SKU-1", "Name", null, "Cat", Price, "  ").ImageFile.Should().BeNull();

    private static InvalidValueException Refusal(Func<ProductDetails> create) =>
        create.Should().Throw<InvalidValueException>().Which;
}
