using System.Globalization;
using Commerce.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.BuildingBlocks.Api.Http;

/// <summary>A resource version as an HTTP entity tag: <c>"7"</c> out, <c>If-Match: "7"</c> in.</summary>
public static class VersionETag
{
    public static string Format(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>200 with the resource, its version in the ETag header.</summary>
    public static Ok<T> Ok<T>(HttpResponse response, T resource, long version)
    {
        response.Headers.ETag = Format(version);
        return TypedResults.Ok(resource);
    }

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
