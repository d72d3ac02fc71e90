using Commerce.BuildingBlocks.Application;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.BuildingBlocks.Api.Http;

/// <summary>
/// <c>Http:ForwardedHeaders</c>: the proxies (load balancer, ingress) whose <c>X-Forwarded-For</c> names the client.
/// Only a request whose peer is one of them is believed; anyone else could write the header to take another client's
/// rate-limit budget or escape their own. Nothing configured, nothing is forwarded.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "Http:ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/16</c> (an AWS load balancer's subnets).</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row are trusted, from the nearest.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool IsConfigured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}

public static class ForwardedClient
{
    public static IServiceCollection AddForwardedClient(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        var proxies = settings.KnownProxies
            .Select(p => IPAddress.TryParse(p, out var address) ? address : throw Invalid(nameof(settings.KnownProxies), p)).ToList();
        var networks = settings.KnownNetworks
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network : throw Invalid(nameof(settings.KnownNetworks), n)).ToList();
        if (settings.ForwardLimit < 1)
        {
            throw new SettingRefusedException($"{ForwardedHeadersSettings.Section}:{nameof(settings.ForwardLimit)} must be at least 1.");
        }

        services.AddSingleton(settings);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.ForwardLimit;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>Before anything reads the client's address (request logs, rate limits).</summary>
    public static IApplicationBuilder UseForwardedClient(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.ApplicationServices.GetRequiredService<ForwardedHeadersSettings>().IsConfigured ? app.UseForwardedHeaders() : app;
    }

    private static InvalidOperationException Invalid(string setting, string text) =>
        new($"{ForwardedHeadersSettings.Section}:{setting} holds '{text}', which is not an address or a network.");
}
