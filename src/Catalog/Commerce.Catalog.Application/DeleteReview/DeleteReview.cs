using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Catalog.Application.DeleteReview;

/// <param name="LimitedTo">The author, for a customer; null for staff, who may delete anyone's.</param>
public sealed record DeleteReview(Guid ProductId, Guid ReviewId, string? LimitedTo) : ICommand<Unit>;
