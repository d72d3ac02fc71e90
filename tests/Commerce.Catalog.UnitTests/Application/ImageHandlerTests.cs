using Commerce.BuildingBlocks.Application.Errors;
using Commerce.Catalog.Application.CompleteImageUpload;
using Commerce.Catalog.Application.DeleteImage;
using Commerce.Catalog.Application.DeleteProduct;
using Commerce.Catalog.Application.Images;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.ProcessImage;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Application.StartImageUpload;
using Commerce.Catalog.Contracts;
using Commerce.Catalog.Domain.Images;
using Commerce.Catalog.Domain.Products;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Catalog.UnitTests.Application;

public class ImageHandlerTests
{
    private readonly InMemoryProducts products = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeImageStore store = new();
    private readonly RecordedEvents events = new();
    private readonly StubRenderer renderer = new();
    private readonly Product product;

    public ImageHandlerTests() => product = products.Seed("SKU-1");

    private ProductMapping Mapping => new(store, new FakeStandings());

    [Fact]
    public async Task Starting_an_upload_adds_a_waiting_image_and_presigns_its_original()
    {
        var options = new ImageUploadOptions { UploadUrlLifetime = TimeSpan.FromMinutes(10) };

        var ticket = await new StartImageUploadHandler(products, store, options, clock)
            .Handle(new StartImageUpload(product.Id, "front.png", ImageRules.Png), CancellationToken.None);

        ticket.ExpiresAt.Should().Be(clock.GetUtcNow().AddMinutes(10));
        ticket.UploadUrl.AbsolutePath.Should().EndWith(ImageObjects.Upload(product.Id, ticket.ImageId));
        product.Image(ticket.ImageId).Status.Should().Be(ProductImageStatus.AwaitingUpload);
        products.Writes.Should().Equal("update SKU-1");
    }

    [Fact]
    public async Task Completing_before_anything_was_uploaded_is_a_conflict_that_changes_nothing()
    {
        var image = product.AddImage(Guid.NewGuid(), "front.png", ImageRules.Png, clock.GetUtcNow());

        var act = () => Complete(image.Id);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Code.Should().Be(ImageRules.Failures.NotUploaded);
        product.Image(image.Id).Status.Should().Be(ProductImageStatus.AwaitingUpload);
        events.Published.Should().BeEmpty();
    }

    [Fact]
    public async Task A_completed_upload_is_sent_to_the_processor_once()
    {
        var image = Uploaded();

        var first = await Complete(image.Id);
        await Complete(image.Id);

        first.Status.Should().Be(ProductImageStatus.Processing);
        events.Published.Should().Equal(new ProductImageUploaded(product.Id, image.Id));
    }

    [Fact]
    public async Task A_rendered_image_is_stored_in_both_sizes_and_shows_their_addresses()
    {
        var image = Uploaded();
        await Complete(image.Id);

        await Process(image.Id);

        store.Objects[ImageObjects.Thumbnail(product.Id, image.Id)].ContentType.Should().Be(ImageRules.WebP);
        store.Objects.Should().ContainKey(ImageObjects.Medium(product.Id, image.Id));
        var shown = Mapping.ToDto(product.Id, product.Images.Single());
        shown.Should().Match<ProductImageDto>(i => i.Status == ProductImageStatus.Ready && i.Width == 640 && i.Height == 480);
        shown.ThumbnailUrl.Should().Be(store.PublicUrl(ImageObjects.Thumbnail(product.Id, image.Id)));
        shown.MediumUrl.Should().Be(store.PublicUrl(ImageObjects.Medium(product.Id, image.Id)));
        shown.OriginalUrl.Should().Be(store.PublicUrl(ImageObjects.Original(product.Id, image.Id)));
        store.Objects[ImageObjects.Original(product.Id, image.Id)].Content.Should().Equal(0x89, 0x50);
        store.Objects.Should().NotContainKey(ImageObjects.Upload(product.Id, image.Id), "what the upload URL writes is never served");
    }

    [Fact]
    public async Task A_refused_original_fails_with_the_renderers_reason_and_no_renditions()
    {
        var image = Uploaded();
        await Complete(image.Id);
        renderer.Failure = ImageRules.Failures.NotAnImage;

        await Process(image.Id);

        product.Image(image.Id).FailureReason.Should().Be(ImageRules.Failures.NotAnImage);
        store.Objects.Keys.Should().Equal(ImageObjects.Upload(product.Id, image.Id));
        Mapping.ToDto(product.Id, product.Images.Single()).ThumbnailUrl.Should().BeNull();
    }

    [Fact]
    public async Task Processing_an_image_deleted_meanwhile_deletes_its_objects_and_changes_nothing()
    {
        var image = Uploaded();
        await Complete(image.Id);
        product.RemoveImage(image.Id, clock.GetUtcNow());
        products.Writes.Clear();

        await Process(image.Id);

        store.Objects.Should().BeEmpty();
        store.Deleted.Should().Contain(ImageObjects.All(product.Id, image.Id));
        products.Writes.Should().BeEmpty();
        renderer.Calls.Should().Be(0);
    }

    [Fact]
    public async Task Deleting_an_image_or_its_product_sends_every_image_to_be_discarded()
    {
        var first = Uploaded();
        var second = Uploaded();
        var revision = new ProductRevision(products, Mapping);

        await new DeleteImageHandler(products, revision, events, clock).Handle(new DeleteImage(product.Id, first.Id), CancellationToken.None);
        await new DeleteProductHandler(products, revision, events).Handle(new DeleteProduct(product.Id), CancellationToken.None);

        events.Published.Should().Equal(new ProductImageDiscarded(product.Id, first.Id), new ProductImageDiscarded(product.Id, second.Id));
    }

    private ProductImage Uploaded()
    {
        var image = product.AddImage(Guid.NewGuid(), "front.png", ImageRules.Png, clock.GetUtcNow());
        store.Objects[ImageObjects.Upload(product.Id, image.Id)] = ([0x89, 0x50], ImageRules.Png);
        return image;
    }

    private Task<ProductImageDto> Complete(Guid imageId) =>
        new CompleteImageUploadHandler(products, store, events, Mapping, clock).Handle(new CompleteImageUpload(product.Id, imageId), CancellationToken.None);

    private Task<MediatR.Unit> Process(Guid imageId) =>
        new ProcessImageHandler(products, store, renderer, clock).Handle(new ProcessImage(product.Id, imageId), CancellationToken.None);

    private sealed class StubRenderer : IImageRenderer
    {
        public string? Failure { get; set; }

        public int Calls { get; private set; }

        public ImageRendering Render(byte[] original, string declaredContentType)
        {
            Calls++;
            return Failure is { } failure
                ? ImageRendering.Failed(failure)
                : new ImageRendering(640, 480, new Rendition([1], ImageRules.WebP, 200, 150), new Rendition([2], ImageRules.WebP, 640, 480), null);
        }
    }
}
