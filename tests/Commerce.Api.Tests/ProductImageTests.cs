using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Domain.Images;
using NetVips;

namespace Commerce.Api.Tests;

/// <summary>
/// The image pipeline end to end, through the API and the real stores: the file goes to the emulator's S3 by its
/// presigned URL, the work through SQS to the processor, and the renditions are read back from their public URLs.
/// </summary>
[Collection(SharedApi.Name)]
public class ProductImageTests(CommerceApiFactory factory)
{
    private const string Products = "/api/v1/products";
    private static readonly HttpClient Browser = new();
    private readonly HttpClient staff = factory.CreateClient();
    private readonly string tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    [Fact]
    public async Task An_uploaded_png_becomes_a_thumbnail_and_a_medium_size_served_from_their_urls()
    {
        var product = await CreateProductAsync();
        var ticket = await StartAsync(product.Id, "image/png", "front.png");
        ticket.ExpiresAt.Should().BeAfter(DateTimeOffset.UtcNow);

        (await UploadAsync(ticket.UploadUrl, Png(1200, 900), "image/png")).Should().Be(HttpStatusCode.OK);
        var completed = await staff.PostAsync($"{Products}/{product.Id}/images/{ticket.ImageId}/complete", null);
        completed.StatusCode.Should().Be(HttpStatusCode.Accepted, await completed.Content.ReadAsStringAsync());
        (await completed.Content.ReadFromJsonAsync<ProductImageDto>(Json.Options))!.Status.Should().Be(ProductImageStatus.Processing);

        var image = await SettledAsync(product.Id, ticket.ImageId);

        image.Status.Should().Be(ProductImageStatus.Ready);
        (image.Width, image.Height).Should().Be((1200, 900));
        (await SizeAtAsync(image.ThumbnailUrl!)).Should().Be((200, 150));
        (await SizeAtAsync(image.MediumUrl!)).Should().Be((800, 600));
        (await SizeAtAsync(image.OriginalUrl!)).Should().Be((1200, 900));

        // The upload URL still works until it expires: what it writes now must never be what shoppers are served.
        (await UploadAsync(ticket.UploadUrl, Encoding.UTF8.GetBytes("<html>not the picture that was checked</html>"), "image/png")).Should().Be(HttpStatusCode.OK);
        (await SizeAtAsync(image.OriginalUrl!)).Should().Be((1200, 900), "the served original is the file that was checked");
    }

    [Fact]
    public async Task A_text_file_named_png_ends_failed_with_no_renditions()
    {
        var product = await CreateProductAsync();
        var ticket = await StartAsync(product.Id, "image/png", "photo.png");
        await UploadAsync(ticket.UploadUrl, Encoding.UTF8.GetBytes("not a picture at all"), "image/png");
        await staff.PostAsync($"{Products}/{product.Id}/images/{ticket.ImageId}/complete", null);

        var image = await SettledAsync(product.Id, ticket.ImageId);

        image.Status.Should().Be(ProductImageStatus.Failed);
        image.FailureReason.Should().Be("not_an_image");
        image.ThumbnailUrl.Should().BeNull();
    }

    [Fact]
    public async Task Completing_before_the_upload_is_a_conflict_and_the_image_keeps_waiting()
    {
        var product = await CreateProductAsync();
        var ticket = await StartAsync(product.Id, "image/jpeg", "later.jpg");

        var problem = await Problem.ReadAsync(await staff.PostAsync($"{Products}/{product.Id}/images/{ticket.ImageId}/complete", null), HttpStatusCode.Conflict);

        problem.Code.Should().Be("image_not_uploaded");
        (await ProductAsync(product.Id)).Images.Single().Status.Should().Be(ProductImageStatus.AwaitingUpload);
    }

    [Fact]
    public async Task Bad_uploads_are_refused_by_field_and_customers_may_not_upload()
    {
        var product = await CreateProductAsync();

        var gif = await Problem.ReadAsync(await staff.PostAsJsonAsync($"{Products}/{product.Id}/images", new { contentType = "image/gif", fileName = "a.gif" }), HttpStatusCode.BadRequest);
        var path = await Problem.ReadAsync(await staff.PostAsJsonAsync($"{Products}/{product.Id}/images", new { contentType = "image/png", fileName = "../a.png" }), HttpStatusCode.BadRequest);
        var unknown = await staff.PostAsJsonAsync($"{Products}/{Guid.NewGuid()}/images", new { contentType = "image/png", fileName = "a.png" });
        var customer = await factory.ClientFor("ada").PostAsJsonAsync($"{Products}/{product.Id}/images", new { contentType = "image/png", fileName = "a.png" });

        gif.Errors.Should().ContainKey("contentType");
        path.Errors.Should().ContainKey("fileName");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        customer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ProductAsync(product.Id)).Images.Should().BeEmpty();
    }

    [Fact]
    public async Task Images_are_reordered_and_a_deleted_one_takes_its_files_with_it()
    {
        var product = await CreateProductAsync();
        var first = await ReadyImageAsync(product.Id, "first.png");
        var second = await ReadyImageAsync(product.Id, "second.png");

        var reordered = await staff.PutAsJsonAsync($"{Products}/{product.Id}/images/order", new { imageIds = new[] { second.Id, first.Id } });
        reordered.StatusCode.Should().Be(HttpStatusCode.OK, await reordered.Content.ReadAsStringAsync());
        (await ProductAsync(product.Id)).Images.Select(i => i.Id).Should().Equal(second.Id, first.Id);
        var badOrder = await Problem.ReadAsync(await staff.PutAsJsonAsync($"{Products}/{product.Id}/images/order", new { imageIds = new[] { second.Id } }), HttpStatusCode.BadRequest);
        badOrder.Errors.Should().ContainKey("imageIds");

        (await staff.DeleteAsync($"{Products}/{product.Id}/images/{second.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await ProductAsync(product.Id)).Images.Select(i => i.Id).Should().Equal(first.Id);
        await Eventually.HoldsAsync(async () => await StatusAtAsync(second.ThumbnailUrl!) == HttpStatusCode.NotFound
            && await StatusAtAsync(second.OriginalUrl!) == HttpStatusCode.NotFound, "the deleted image's files are gone", 30);
        (await StatusAtAsync(first.ThumbnailUrl!)).Should().Be(HttpStatusCode.OK);
    }

    private async Task<ProductImageDto> ReadyImageAsync(Guid productId, string fileName)
    {
        var ticket = await StartAsync(productId, "image/png", fileName);
        await UploadAsync(ticket.UploadUrl, Png(300, 300), "image/png");
        await staff.PostAsync($"{Products}/{productId}/images/{ticket.ImageId}/complete", null);
        var image = await SettledAsync(productId, ticket.ImageId);
        image.Status.Should().Be(ProductImageStatus.Ready);
        return image;
    }

    private async Task<ProductDto> CreateProductAsync()
    {
        var response = await staff.PostAsJsonAsync(Products, new { sku = $"{tag}-IMG", name = "Camera", category = $"Cat-{tag}", price = 99m, currency = "USD" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
    }

    private async Task<Ticket> StartAsync(Guid productId, string contentType, string fileName)
    {
        var response = await staff.PostAsJsonAsync($"{Products}/{productId}/images", new { contentType, fileName });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Ticket>(Json.Options))!;
    }

    private static async Task<HttpStatusCode> UploadAsync(Uri url, byte[] content, string contentType)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await Browser.PutAsync(url, body);
        return response.StatusCode;
    }

    private async Task<ProductDto> ProductAsync(Guid id) => (await staff.GetFromJsonAsync<ProductDto>($"{Products}/{id}", Json.Options))!;

    private async Task<ProductImageDto> SettledAsync(Guid productId, Guid imageId)
    {
        ProductImageDto? image = null;
        await Eventually.HoldsAsync(async () =>
        {
            image = (await ProductAsync(productId)).Images.Single(i => i.Id == imageId);
            return image.Status is ProductImageStatus.Ready or ProductImageStatus.Failed;
        }, "the processor decided the image", 30);
        return image!;
    }

    private static async Task<(int Width, int Height)> SizeAtAsync(Uri url)
    {
        var content = await Browser.GetByteArrayAsync(url);
        using var image = Image.NewFromBuffer(content);
        return (image.Width, image.Height);
    }

    private static async Task<HttpStatusCode> StatusAtAsync(Uri url)
    {
        using var response = await Browser.GetAsync(url);
        return response.StatusCode;
    }

    private static byte[] Png(int width, int height)
    {
        using var image = Image.Black(width, height, bands: 3) + 120;
        return image.PngsaveBuffer();
    }

    private sealed record Ticket(Guid ImageId, Uri UploadUrl, DateTimeOffset ExpiresAt);
}
