namespace Commerce.BuildingBlocks.Application.Errors;

/// <summary>
/// A request input refused outside the domain, where the input's name is known: a header, a line of the request
/// that names something that does not exist.
/// </summary>
/// <param name="field">The field or header as the client wrote it (<c>items[2].productId</c>, <c>Idempotency-Key</c>).</param>
public sealed class InvalidInputException(string field, string code, string message) : Exception(message)
{
    public string Field { get; } = field;

    public string Code { get; } = code;
}
