namespace Commerce.Catalog.Api;

/// <summary>
/// The body of create (POST), full update (PUT) and partial update (PATCH). Every field is nullable on the wire so
/// that a missing field is reported by name instead of silently becoming 0 or "".
/// </summary>
public sealed record ProductFieldsRequest(
    string? Sku,
    string? Name,
    string? Description,
    string? Category,
    decimal? Price,
    string? Currency,
    string? ImageFile);
