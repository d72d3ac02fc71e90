using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Api.Compatibility;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Products;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Change = Commerce.Catalog.Application.ChangeProduct.ChangeProduct;
using Create = Commerce.Catalog.Application.CreateProduct.CreateProduct;
using Delete = Commerce.Catalog.Application.DeleteProduct.DeleteProduct;
using Get = Commerce.Catalog.Application.GetProduct.GetProduct;
using List = Commerce.Catalog.Application.ListProducts.ListProducts;

namespace Commerce.Catalog.Api.Compatibility;

/// <summary>The old serverless shop's <c>/product</c> routes, on the same use cases as <c>/api/v1/products</c>.</summary>
public static class LegacyProductEndpoints
{
    public static IEndpointRouteBuilder MapLegacyProductRoutes(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<CompatibilityOptions>();
        var products = app.MapGroup("/product").WithTags(Legacy.Tag).ProducesProblem(StatusCodes.Status400BadRequest).MapsErrors(CatalogErrorFields.Products);
        products.MapGet("/", ListLegacyProducts).WithName(nameof(ListLegacyProducts))
            .WithSummary("All products, or those of ?category= (at most Compatibility:MaxListedItems).").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        products.MapGet("/{id:guid}", GetLegacyProduct).WithName(nameof(GetLegacyProduct)).ProducesProblem(StatusCodes.Status404NotFound);
        products.MapPost("/", CreateLegacyProduct).WithName(nameof(CreateLegacyProduct)).ForAdmins(options)
            .WithSummary("Admin: create a product; the body's product carries its new id.").ProducesProblem(StatusCodes.Status409Conflict);
        products.MapPut("/{id:guid}", UpdateLegacyProduct).WithName(nameof(UpdateLegacyProduct)).ForAdmins(options)
            .WithSummary("Admin: change the given fields of a product.").ProducesProblem(StatusCodes.Status404NotFound);
        products.MapDelete("/{id:guid}", DeleteLegacyProduct).WithName(nameof(DeleteLegacyProduct)).ForAdmins(options)
            .WithSummary("Admin: delete a product.").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<LegacyEnvelope<IReadOnlyList<LegacyProduct>>>> ListLegacyProducts(
        HttpContext http, IMediator mediator, CompatibilityOptions options, CancellationToken cancellationToken, string? category = null)
    {
        var all = await AllPages.ReadAsync(options.MaxListedItems, page => mediator.Send(new List(page, PageRequest.MaxPageSize, category, Sort: "name"), cancellationToken));
        return Legacy.Ok<IReadOnlyList<LegacyProduct>>(http, [.. all.Select(LegacyProduct.From)]);
    }

    private static async Task<Ok<LegacyEnvelope<LegacyProduct>>> GetLegacyProduct(Guid id, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
        Legacy.Ok(http, LegacyProduct.From(await mediator.Send(new Get(id), cancellationToken)));

    private static async Task<Ok<LegacyEnvelope<LegacyProduct>>> CreateLegacyProduct(
        LegacyProductFields body, HttpContext http, IMediator mediator, CompatibilityOptions options, CancellationToken cancellationToken)
    {
        // The old shop had no SKUs; one is made up so the product can be told apart in the main API.
        var sku = $"LEGACY-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        var created = await mediator.Send(new Create(sku, body.Name, body.Description, body.Category, body.Price, options.Currency, body.ImageFile), cancellationToken);
        return Legacy.Ok(http, LegacyProduct.From(created));
    }

    private static async Task<Ok<LegacyEnvelope<LegacyProduct>>> UpdateLegacyProduct(
        Guid id, LegacyProductFields body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
        Legacy.Ok(http, LegacyProduct.From(await mediator.Send(
            new Change(id, null, body.Name, body.Description, body.Category, body.Price, null, body.ImageFile), cancellationToken)));

    private static async Task<Ok<LegacyEnvelope<LegacyDeleted>>> DeleteLegacyProduct(Guid id, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new Delete(id), cancellationToken);
        return Legacy.Ok(http, new LegacyDeleted(id));
    }
}

public sealed record LegacyProductFields(string? Name, string? Description, string? ImageFile, decimal? Price, string? Category);

public sealed record LegacyProduct(Guid Id, string Name, string Description, string? ImageFile, decimal Price, string Category)
{
    public static LegacyProduct From(ProductDto product) =>
        new(product.Id, product.Name, product.Description, product.ImageFile, product.Price, product.Category);
}

public sealed record LegacyDeleted(Guid Id);
