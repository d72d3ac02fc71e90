using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Catalog.Application.RecordStockLevel;

/// <summary>Keeps what Inventory told about a product's available count, if it is newer than what the catalog knows.</summary>
public sealed record RecordStockLevel(Guid ProductId, int Available, long Revision, DateTimeOffset At) : ICommand<Unit>;
