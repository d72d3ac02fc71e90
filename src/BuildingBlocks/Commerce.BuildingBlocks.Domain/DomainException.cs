namespace Commerce.BuildingBlocks.Domain;

/// <summary>
/// A business rule refused the operation. <see cref="Code"/> is stable: clients may branch on it.
/// </summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
