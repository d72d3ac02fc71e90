using System.Globalization;
using Commerce.BuildingBlocks.Domain;

namespace Commerce.BuildingBlocks.Api.Http;

/// <summary>A resource version as an HTTP entity tag: <c>"7"</c> out, <c>If-Match: "7"</c> in.</summary>
public static class VersionETag
{
    public static string Format(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <returns>The version the client expects, or null when it sent no If-Match (or <c>*</c>).</returns>
    public static long? ParseIfMatch(string? ifMatch)
    {
        var value = ifMatch?.Trim();
        if (string.IsNullOrEmpty(value) || value == "*")
        {
            return null;
        }

        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Length > 2 && value[0] == '"' && value[^1] == '"'
            && long.TryParse(value[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InvalidValueException("If-Match", "invalid_if_match", "If-Match must be an ETag this API returned, such as \"3\".");
    }
}
