using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Reviews;

namespace Commerce.Catalog.Application.WriteReview;

/// <param name="UserName">The author: a customer whose delivered order held the product.</param>
public sealed record WriteReview(Guid ProductId, string UserName, int? Rating, string? Title, string? Text) : ICommand<ReviewDto>, IReviewContentFields;
