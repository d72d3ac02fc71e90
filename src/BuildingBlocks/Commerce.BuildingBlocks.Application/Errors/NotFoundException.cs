namespace Commerce.BuildingBlocks.Application.Errors;

public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.")
{
    /// <summary>Stable code, e.g. <c>product_not_found</c>.</summary>
    public string Code { get; } = resource.ToLowerInvariant().Replace(' ', '_') + "_not_found";
}
