using Commerce.BuildingBlocks.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.BuildingBlocks.Api.Http;

/// <summary>
/// <c>Http:Cors:AllowedOrigins</c>: the shop fronts whose pages may call the API from the browser (CORS). None by
/// default: a page of another origin then gets no CORS headers and the browser keeps the answer from it. Tokens travel
/// in the Authorization header, never cookies, so no origin is allowed credentials.
/// </summary>
public static class BrowserOrigins
{
    public const string Section = "Http:Cors:AllowedOrigins";

    public static IServiceCollection AddBrowserOrigins(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(Section).Get<string[]>() ?? [];
        var invalid = origins.Where(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.PathAndQuery != "/" || o.EndsWith('/')).ToArray();
        if (invalid.Length > 0)
        {
            throw new SettingRefusedException($"{Section} takes origins (scheme, host and port, no path or trailing slash, e.g. https://shop.example.com); not: {string.Join(", ", invalid)}.");
        }

        return services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("ETag", "Location", "Retry-After")));
    }

    public static IApplicationBuilder UseBrowserOrigins(this IApplicationBuilder app) => app.UseCors();
}
