namespace Commerce.BuildingBlocks.Domain;

/// <summary>What a request names does not exist: a product, an order, an item in a basket.</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.")
{
    /// <summary>Stable code, e.g. <c>product_not_found</c>.</summary>
    public string Code { get; } = resource.ToLowerInvariant().Replace(' ', '_') + "_not_found";
}
