using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Reviews;

namespace Commerce.Catalog.Application.EditReview;

/// <param name="UserName">The caller: only the author edits a review.</param>
public sealed record EditReview(Guid ProductId, Guid ReviewId, string UserName, int? Rating, string? Title, string? Text) : ICommand<ReviewDto>, IReviewContentFields;
