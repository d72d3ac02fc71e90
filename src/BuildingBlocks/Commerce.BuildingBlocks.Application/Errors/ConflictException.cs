namespace Commerce.BuildingBlocks.Application.Errors;

/// <summary>The request clashes with the current state: a taken unique value, a stale version.</summary>
public sealed class ConflictException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}
