using Commerce.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Builder;

namespace Commerce.BuildingBlocks.Api.Errors;

/// <summary>
/// Which request field a domain error code points at, for the routes that carry this metadata: the domain says what is
/// wrong (<c>first_name_required</c>), the route says where the client wrote it (<c>buyer.firstName</c> on the main
/// API, <c>firstName</c> on the old shop's). A code no map names is answered without a field.
/// </summary>
public sealed class ErrorFields
{
    private readonly Dictionary<string, string> byCode = new(StringComparer.Ordinal);

    /// <summary>The codes a one-line text value of <paramref name="subject"/> is refused with (<see cref="OneLineText"/>),
    /// all pointing at <paramref name="field"/>.</summary>
    public ErrorFields Text(string subject, string field)
    {
        foreach (var fault in OneLineText.Faults)
        {
            byCode[$"{subject}_{fault}"] = field;
        }

        return this;
    }

    public ErrorFields Code(string code, string field)
    {
        byCode[code] = field;
        return this;
    }

    public string? FieldOf(string code) => byCode.GetValueOrDefault(code);
}

public static class ErrorFieldsConventions
{
    /// <summary>Names the fields this route's domain error codes point at (see <see cref="ErrorFields"/>).</summary>
    public static TBuilder MapsErrors<TBuilder>(this TBuilder builder, ErrorFields fields)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(fields);
    }
}
