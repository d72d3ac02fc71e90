namespace Commerce.BuildingBlocks.Infrastructure.Persistence;

public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    /// <summary>
    /// Create missing tables, indexes and schemas at start (additive only, never drops). On by default so a fresh
    /// database works; production may turn it off and migrate ahead of deployment.
    /// </summary>
    public bool ApplySchemaChangesOnStartup { get; init; } = true;
}
