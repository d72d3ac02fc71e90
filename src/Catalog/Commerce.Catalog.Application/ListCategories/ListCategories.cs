using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Catalog.Application.Ports;

namespace Commerce.Catalog.Application.ListCategories;

public sealed record ListCategories : IQuery<IReadOnlyList<CategorySummary>>;
