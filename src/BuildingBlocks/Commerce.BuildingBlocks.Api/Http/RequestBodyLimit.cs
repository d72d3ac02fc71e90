using Commerce.BuildingBlocks.Api.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Commerce.BuildingBlocks.Api.Http;

public static class RequestBodyLimit
{
    /// <summary>Largest request body accepted unless <c>Http:MaxRequestBodyBytes</c> says otherwise.</summary>
    public const long DefaultMaxBytes = 256 * 1024;

    /// <summary>
    /// Bodies over <paramref name="maxBytes"/> get 413 problem details: at once when Content-Length announces them,
    /// and from the server's own limit while reading when they come chunked.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (http, next) =>
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = maxBytes;
            }

            if (http.Request.ContentLength > maxBytes)
            {
                await ProblemFactory.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
                    $"The request body is larger than the {maxBytes} bytes this API accepts.");
                return;
            }

            await next(http);
        });
}
