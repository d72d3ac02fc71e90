using System.Security.Claims;
using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Api.Http;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.ChangeProduct;
using Commerce.Catalog.Application.CompleteImageUpload;
using Commerce.Catalog.Application.CreateProduct;
using Commerce.Catalog.Application.DeleteImage;
using Commerce.Catalog.Application.DeleteProduct;
using Commerce.Catalog.Application.GetProduct;
using Commerce.Catalog.Application.ListCategories;
using Commerce.Catalog.Application.ListProducts;
using Commerce.Catalog.Application.ListProductsByCursor;
using Commerce.Catalog.Application.Ports;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Application.ReorderImages;
using Commerce.Catalog.Application.ReplaceProduct;
using Commerce.Catalog.Application.StartImageUpload;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Catalog.Api;

public static class CatalogEndpoints
{
    public const string ProductsRoute = "/api/v1/products";

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup(ProductsRoute).WithTags("Catalog")
            .ProducesProblem(StatusCodes.Status400BadRequest).MapsErrors(CatalogErrorFields.Products);

        products.MapGet("/", ListProducts).WithName(nameof(ListProducts))
            .WithSummary("List products: filter by category, tag, price range and words, sort, and page by number (page, pageSize: a PagedResult with totals) or by cursor (limit, then cursor = the last page's nextCursor: a CursorPage, stable while products are added).")
            .Produces<PagedResult<ProductDto>>().AlsoAnswers<CursorPage<ProductDto>>();
        products.MapGet("/{id:guid}", GetProduct).WithName(nameof(GetProduct))
            .WithSummary("Get one product; its ETag is its version.").ProducesProblem(StatusCodes.Status404NotFound);
        products.MapPost("/", CreateProduct).WithName(nameof(CreateProduct))
            .WithSummary("Create a product; the server assigns its id. Send an Idempotency-Key to retry safely.").RequireAuthorization(Roles.Admin).ProducesProblem(StatusCodes.Status409Conflict);
        products.MapPut("/{id:guid}", ReplaceProduct).WithName(nameof(ReplaceProduct))
            .WithSummary("Replace every field of a product. Send If-Match with the ETag you read to change only that version.").RequireAuthorization(Roles.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        products.MapPatch("/{id:guid}", ChangeProduct).WithName(nameof(ChangeProduct))
            .WithSummary("Change the given fields of a product; fields left out keep their value. Send If-Match to change only the version you read.").RequireAuthorization(Roles.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        products.MapDelete("/{id:guid}", DeleteProduct).WithName(nameof(DeleteProduct))
            .WithSummary("Delete a product (If-Match: only at that version).").RequireAuthorization(Roles.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);

        var images = products.MapGroup("/{id:guid}/images").RequireAuthorization(Roles.Admin).MapsErrors(CatalogErrorFields.Images)
            .ProducesProblem(StatusCodes.Status404NotFound);
        images.MapPost("/", StartImageUpload).WithName(nameof(StartImageUpload))
            .WithSummary("Start uploading an image: answers a presigned URL to PUT the file to, then complete the upload.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        images.MapPost("/{imageId:guid}/complete", CompleteImageUpload).WithName(nameof(CompleteImageUpload))
            .WithSummary("Say the file is uploaded: the image is checked and rendered in the background (Processing, then Ready or Failed).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        images.MapPut("/order", ReorderImages).WithName(nameof(ReorderImages))
            .WithSummary("Show the product's images in the given order (If-Match: only at that version).").ProducesProblem(StatusCodes.Status412PreconditionFailed);
        images.MapDelete("/{imageId:guid}", DeleteImage).WithName(nameof(DeleteImage))
            .WithSummary("Delete an image and its files (If-Match: only at that version).").ProducesProblem(StatusCodes.Status412PreconditionFailed);

        app.MapGet("/api/v1/categories", ListCategories).WithTags("Catalog").WithName(nameof(ListCategories))
            .WithSummary("List categories with how many products each holds.");
        return app;
    }

    private static async Task<IResult> ListProducts(
        IMediator mediator,
        CancellationToken cancellationToken,
        int page = 1,
        int pageSize = PageRequest.DefaultPageSize,
        string? category = null,
        decimal? minPrice = null,
        decimal? maxPrice = null,
        string? search = null,
        string? sort = null,
        string? tag = null,
        int? limit = null,
        string? cursor = null) =>
        limit is null && cursor is null
            ? TypedResults.Ok(await mediator.Send(new ListProducts(page, pageSize, category, minPrice, maxPrice, search, sort, tag), cancellationToken))
            : TypedResults.Ok(await mediator.Send(
                new ListProductsByCursor(limit ?? PageRequest.DefaultPageSize, cursor, category, minPrice, maxPrice, search, sort, tag), cancellationToken));

    private static async Task<Ok<ProductDto>> GetProduct(Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
        WithETag(response, await mediator.Send(new GetProduct(id), cancellationToken));

    private static async Task<CreatedAtRoute<ProductDto>> CreateProduct(
        ProductFieldsRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, HttpResponse response, IMediator mediator,
        CancellationToken cancellationToken)
    {
        var product = await mediator.Send(
            new CreateProduct(body.Sku, body.Name, body.Description, body.Category, body.Price, body.Currency, body.ImageFile)
            {
                Tags = body.Tags, Specifications = body.SpecificationFields, IdempotencyKey = idempotencyKey, RequestedBy = user.UserName(),
            },
            cancellationToken);
        response.Headers.ETag = VersionETag.Format(product.Version);
        return TypedResults.CreatedAtRoute(product, nameof(GetProduct), new { id = product.Id });
    }

    private static async Task<Ok<ProductDto>> ReplaceProduct(
        Guid id, ProductFieldsRequest body, IfMatch ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
        WithETag(response, await mediator.Send(
            new ReplaceProduct(id, body.Sku, body.Name, body.Description, body.Category, body.Price, body.Currency, body.ImageFile, ifMatch.Version) { Tags = body.Tags, Specifications = body.SpecificationFields },
            cancellationToken));

    private static async Task<Ok<ProductDto>> ChangeProduct(
        Guid id, ProductFieldsRequest body, IfMatch ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
        WithETag(response, await mediator.Send(
            new ChangeProduct(id, body.Sku, body.Name, body.Description, body.Category, body.Price, body.Currency, body.ImageFile, ifMatch.Version) { Tags = body.Tags, Specifications = body.SpecificationFields },
            cancellationToken));

    private static async Task<NoContent> DeleteProduct(Guid id, IfMatch ifMatch, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteProduct(id, ifMatch.Version), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<CreatedAtRoute<ImageUploadResponse>> StartImageUpload(
        Guid id, ImageUploadRequest body, IMediator mediator, CancellationToken cancellationToken)
    {
        var ticket = await mediator.Send(new StartImageUpload(id, body.FileName, body.ContentType), cancellationToken);
        return TypedResults.CreatedAtRoute(new ImageUploadResponse(ticket.ImageId, ticket.UploadUrl, ticket.ExpiresAt), nameof(GetProduct), new { id });
    }

    private static async Task<Accepted<ProductImageDto>> CompleteImageUpload(Guid id, Guid imageId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, await mediator.Send(new CompleteImageUpload(id, imageId), cancellationToken));

    private static async Task<Ok<ProductDto>> ReorderImages(
        Guid id, ImageOrderRequest body, IfMatch ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
        WithETag(response, await mediator.Send(new ReorderImages(id, body.ImageIds, ifMatch.Version), cancellationToken));

    private static async Task<NoContent> DeleteImage(Guid id, Guid imageId, IfMatch ifMatch, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteImage(id, imageId, ifMatch.Version), cancellationToken);
        return TypedResults.NoContent();
    }

    private static Ok<ProductDto> WithETag(HttpResponse response, ProductDto product) => VersionETag.Ok(response, product, product.Version);

    private static async Task<Ok<IReadOnlyList<CategorySummary>>> ListCategories(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListCategories(), cancellationToken));
}
