namespace Commerce.BuildingBlocks.Domain;

/// <summary>
/// A value object or aggregate refused a value. <see cref="Field"/> names the input field as clients spell it,
/// so the error can point at it even when the check ran deep inside the domain.
/// </summary>
public sealed class InvalidValueException(string field, string code, string message) : DomainException(code, message)
{
    public string Field { get; } = field;
}
