using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.BuildingBlocks.Api.Http;

/// <summary>A resource version as an HTTP entity tag: <c>"7"</c> out (<see cref="IfMatch"/> reads it back in).</summary>
public static class VersionETag
{
    public static string Format(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>200 with the resource, its version in the ETag header.</summary>
    public static Ok<T> Ok<T>(HttpResponse response, T resource, long version)
    {
        response.Headers.ETag = Format(version);
        return TypedResults.Ok(resource);
    }
}
