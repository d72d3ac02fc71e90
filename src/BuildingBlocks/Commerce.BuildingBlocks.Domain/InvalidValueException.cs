namespace Commerce.BuildingBlocks.Domain;

/// <summary>
/// A value object or aggregate refused a value. The domain names the fault by its <see cref="DomainException.Code"/>
/// only (<c>email_invalid</c>, <c>negative_price</c>); which request field carried the value is the API's business:
/// each route maps codes to its own field names (the old shop's routes to theirs).
/// </summary>
public sealed class InvalidValueException(string code, string message) : DomainException(code, message);
