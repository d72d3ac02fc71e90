using System.Globalization;
using System.Reflection;
using Commerce.BuildingBlocks.Application.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Commerce.BuildingBlocks.Api.Http;

/// <summary>
/// The version a client read, sent back as <c>If-Match: "7"</c> (weak <c>W/"7"</c> too) so a write applies only to that
/// version. No header, or <c>*</c>, expects any version. An endpoint takes it as a parameter; anything else in the
/// header is a 400 <c>invalid_if_match</c>.
/// </summary>
public sealed class IfMatch : IBindableFromHttpContext<IfMatch>, IEndpointParameterMetadataProvider
{
    public const string Header = "If-Match";

    private IfMatch(long? version) => Version = version;

    /// <summary>The version expected, or null for any.</summary>
    public long? Version { get; }

    public static IfMatch Parse(string? header)
    {
        var value = header?.Trim();
        if (string.IsNullOrEmpty(value) || value == "*")
        {
            return new IfMatch(null);
        }

        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Length > 2 && value[0] == '"' && value[^1] == '"'
            && long.TryParse(value[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new IfMatch(version)
            : throw new InvalidInputException(Header, "invalid_if_match", "If-Match must be an ETag this API returned, such as \"3\".");
    }

    public static ValueTask<IfMatch?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<IfMatch?>(Parse(context.Request.Headers.IfMatch.ToString()));
    }

    /// <summary>Tells the OpenAPI document that the operation reads the header (a bound type is not described by itself).</summary>
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(ReadsHeader.Instance);
    }

    /// <summary>Endpoint metadata: the operation takes <c>If-Match</c>.</summary>
    public sealed class ReadsHeader
    {
        public static readonly ReadsHeader Instance = new();

        private ReadsHeader()
        {
        }
    }
}
