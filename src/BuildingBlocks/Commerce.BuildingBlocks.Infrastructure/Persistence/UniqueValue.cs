namespace Commerce.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Names a unique index so a violation of it becomes a 409 that says which field clashed, not a 500.
/// A context registers one per unique index it declares to Marten.
/// </summary>
public sealed record UniqueValue(string IndexName, string Field, string Code, string Message);
