namespace Commerce.BuildingBlocks.Application.Errors;

/// <summary>The client expected another version of the resource (a stale <c>If-Match</c>).</summary>
public sealed class PreconditionFailedException(long expectedVersion, long currentVersion)
    : Exception($"Expected version {expectedVersion}, but the resource is at version {currentVersion}; read it again and retry.")
{
    public long CurrentVersion { get; } = currentVersion;
}
