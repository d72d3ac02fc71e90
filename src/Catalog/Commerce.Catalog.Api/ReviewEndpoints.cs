using System.Security.Claims;
using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.DeleteReview;
using Commerce.Catalog.Application.EditReview;
using Commerce.Catalog.Application.HideReview;
using Commerce.Catalog.Application.ListReviews;
using Commerce.Catalog.Application.WriteReview;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Catalog.Api;

public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup(CatalogEndpoints.ProductsRoute + "/{id:guid}/reviews").WithTags("Reviews")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).MapsErrors(CatalogErrorFields.Reviews);

        reviews.MapGet("/", ListReviews).WithName(nameof(ListReviews))
            .WithSummary("List a product's reviews, newest first (sort=newest) or by stars (rating_desc, rating_asc), by page.");
        reviews.MapPost("/", WriteReview).WithName(nameof(WriteReview))
            .WithSummary("Review a product you received in a delivered order: once per product; edit or delete it later.")
            .RequireAuthorization(Roles.Customer).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reviews.MapPut("/{reviewId:guid}", EditReview).WithName(nameof(EditReview))
            .WithSummary("Rewrite your review (stars, title, text).").RequireAuthorization(Roles.Customer);
        reviews.MapDelete("/{reviewId:guid}", DeleteReview).WithName(nameof(DeleteReview))
            .WithSummary("Delete your review (staff: anyone's); you may then write a new one.").RequireAuthorization(Roles.Customer);
        reviews.MapPost("/{reviewId:guid}/hide", HideReview).WithName(nameof(HideReview))
            .WithSummary("Staff: hide a review from the product's page and rating, with the reason.").RequireAuthorization(Roles.Admin)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<PagedResult<ReviewResponse>>> ListReviews(
        Guid id, IMediator mediator, CancellationToken cancellationToken, string? sort = null, int page = 1, int pageSize = PageRequest.DefaultPageSize) =>
        TypedResults.Ok((await mediator.Send(new ListReviews(id, sort, page, pageSize), cancellationToken)).Select(ReviewResponse.From));

    private static async Task<Created<ReviewResponse>> WriteReview(
        Guid id, ReviewRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var review = await mediator.Send(new WriteReview(id, user.UserName(), body.Rating, body.Title, body.Text), cancellationToken);
        return TypedResults.Created($"{CatalogEndpoints.ProductsRoute}/{id}/reviews/{review.Id}", ReviewResponse.From(review));
    }

    private static async Task<Ok<ReviewResponse>> EditReview(
        Guid id, Guid reviewId, ReviewRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReviewResponse.From(await mediator.Send(new EditReview(id, reviewId, user.UserName(), body.Rating, body.Title, body.Text), cancellationToken)));

    private static async Task<NoContent> DeleteReview(Guid id, Guid reviewId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteReview(id, reviewId, user.LimitedTo()), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ReviewResponse>> HideReview(Guid id, Guid reviewId, HideReviewRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReviewResponse.From(await mediator.Send(new HideReview(id, reviewId, body.Reason), cancellationToken)));
}
