using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Domain.Images;
using Commerce.Catalog.Domain.Products;

namespace Commerce.Catalog.UnitTests.Domain;

public class ProductImageTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Created.AddMinutes(5);

    private static Product NewProduct() =>
        Product.Create(Guid.NewGuid(), ProductDetails.Create("SKU-1", "Phone", "", "Phones", new Money(10m, "USD"), null), Created);

    [Fact]
    public void An_added_image_waits_for_its_upload_and_is_a_new_version()
    {
        var product = NewProduct();

        var image = product.AddImage(Guid.NewGuid(), " front.png ", ImageRules.Png, Later);

        image.Should().Be(new ProductImage(image.Id, "front.png", ImageRules.Png, ProductImageStatus.AwaitingUpload, Later));
        product.Images.Should().Equal(image);
        (product.Version, product.UpdatedAt).Should().Be((2, Later));
    }

    [Theory]
    [InlineData("../etc/passwd", ImageRules.Png, "invalid_image_file_name")]
    [InlineData("a/b.png", ImageRules.Png, "invalid_image_file_name")]
    [InlineData("front.gif", "image/gif", "unsupported_image_type")]
    [InlineData("front.svg", "image/svg+xml", "unsupported_image_type")]
    public void Only_plain_names_of_jpeg_png_or_webp_files_are_taken(string fileName, string contentType, string code)
    {
        var product = NewProduct();

        var act = () => product.AddImage(Guid.NewGuid(), fileName, contentType, Later);

        act.Should().Throw<InvalidValueException>().Which.Code.Should().Be(code);
        product.Images.Should().BeEmpty();
    }

    [Fact]
    public void A_product_holds_a_bounded_number_of_images()
    {
        var product = NewProduct();
        for (var i = 0; i < ImageRules.MaxImagesPerProduct; i++)
        {
            product.AddImage(Guid.NewGuid(), $"p{i}.jpg", ImageRules.Jpeg, Later);
        }

        var act = () => product.AddImage(Guid.NewGuid(), "one-more.jpg", ImageRules.Jpeg, Later);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("too_many_images");
    }

    [Fact]
    public void A_completed_upload_is_processed_once_and_completing_again_changes_nothing()
    {
        var product = NewProduct();
        var image = product.AddImage(Guid.NewGuid(), "front.png", ImageRules.Png, Later);

        product.StartProcessing(image.Id, 1_000, Later).Should().BeTrue();
        var version = product.Version;
        product.StartProcessing(image.Id, 1_000, Later).Should().BeFalse();

        product.Image(image.Id).Status.Should().Be(ProductImageStatus.Processing);
        product.Version.Should().Be(version);
    }

    [Fact]
    public void An_upload_over_the_limit_fails_without_being_processed()
    {
        var product = NewProduct();
        var image = product.AddImage(Guid.NewGuid(), "huge.png", ImageRules.Png, Later);

        product.StartProcessing(image.Id, ImageRules.MaxUploadBytes + 1, Later);

        product.Image(image.Id).Should().Match<ProductImage>(i => i.Status == ProductImageStatus.Failed && i.FailureReason == ImageRules.Failures.TooLarge);
        product.IsProcessing(image.Id).Should().BeFalse();
    }

    [Fact]
    public void Only_an_image_being_processed_is_decided_and_only_once()
    {
        var product = NewProduct();
        var image = product.AddImage(Guid.NewGuid(), "front.png", ImageRules.Png, Later);
        product.MarkImageReady(image.Id, 10, 10, Later).Should().BeFalse("the upload was never completed");

        product.StartProcessing(image.Id, 1_000, Later);
        product.MarkImageReady(image.Id, 1000, 600, Later).Should().BeTrue();
        product.MarkImageFailed(image.Id, ImageRules.Failures.Unreadable, Later).Should().BeFalse();

        product.Image(image.Id).Should().Match<ProductImage>(i => i.Status == ProductImageStatus.Ready && i.Width == 1000 && i.Height == 600 && i.FailureReason == null);
    }

    [Fact]
    public void A_deleted_image_is_no_longer_decided()
    {
        var product = NewProduct();
        var image = product.AddImage(Guid.NewGuid(), "front.png", ImageRules.Png, Later);
        product.StartProcessing(image.Id, 1_000, Later);

        product.RemoveImage(image.Id, Later);

        product.MarkImageReady(image.Id, 10, 10, Later).Should().BeFalse();
        product.Images.Should().BeEmpty();
        ((Action)(() => product.RemoveImage(image.Id, Later))).Should().Throw<NotFoundException>().Which.Code.Should().Be("image_not_found");
    }

    [Fact]
    public void Images_are_reordered_only_by_naming_each_once()
    {
        var product = NewProduct();
        var a = product.AddImage(Guid.NewGuid(), "a.png", ImageRules.Png, Later).Id;
        var b = product.AddImage(Guid.NewGuid(), "b.png", ImageRules.Png, Later).Id;

        product.ReorderImages([b, a], Later);
        product.Images.Select(i => i.Id).Should().Equal(b, a);

        foreach (var wrong in new Guid[][] { [a], [a, a], [a, b, Guid.NewGuid()], [a, Guid.NewGuid()] })
        {
            var act = () => product.ReorderImages(wrong, Later);
            act.Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_image_order");
        }

        product.Images.Select(i => i.Id).Should().Equal(b, a);
    }
}
