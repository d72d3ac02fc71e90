namespace Commerce.BuildingBlocks.Application.Errors;

/// <summary>A server the request needs (database, queue) cannot be reached; the client may retry later.</summary>
public sealed class DependencyUnavailableException(string dependency, Exception inner)
    : Exception($"{dependency} is unavailable.", inner)
{
    public string Dependency { get; } = dependency;
}
