using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Reviews;

namespace Commerce.Catalog.Application.HideReview;

/// <summary>Staff take a review out of the product's page and rating (abuse, spam, off topic); its author still owns it.</summary>
public sealed record HideReview(Guid ProductId, Guid ReviewId, string? Reason) : ICommand<ReviewDto>;
