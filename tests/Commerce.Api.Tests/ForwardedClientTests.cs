using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests;

/// <summary>
/// Behind a proxy at 10.0.0.1, five requests a minute per client. The test server has no sockets, so a request says
/// which peer it comes from in <see cref="PeerHeader"/>; the host sees it as the connection's address.
/// </summary>
public sealed class ProxiedApiFactory : CommerceApiFactory
{
    public const string PeerHeader = "X-Test-Peer";
    public const string Proxy = "10.0.0.1";

    protected override bool RateLimited => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:Global:PermitLimit", "5");
        builder.UseSetting("RateLimiting:Global:Window", "00:01:00");
        builder.UseSetting("Http:ForwardedHeaders:KnownProxies:0", Proxy);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PeerFromHeader>());
    }

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, then) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[PeerHeader].ToString(), out var peer))
                {
                    http.Connection.RemoteIpAddress = peer;
                }

                return then(http);
            });
            next(app);
        };
    }
}

public class ForwardedClientTests(ProxiedApiFactory factory) : IClassFixture<ProxiedApiFactory>
{
    private readonly HttpClient anonymous = factory.AnonymousClient();

    private Task<HttpResponseMessage> GetAsync(string peer, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/products");
        request.Headers.Add(ProxiedApiFactory.PeerHeader, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return anonymous.SendAsync(request);
    }

    [Fact]
    public async Task Behind_the_known_proxy_each_client_has_its_own_budget()
    {
        for (var i = 0; i < 5; i++)
        {
            (await GetAsync(ProxiedApiFactory.Proxy, "203.0.113.7")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await GetAsync(ProxiedApiFactory.Proxy, "203.0.113.7")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await GetAsync(ProxiedApiFactory.Proxy, "203.0.113.8")).StatusCode.Should().Be(HttpStatusCode.OK, "another client behind the same proxy");
    }

    [Fact]
    public async Task A_caller_that_is_not_a_known_proxy_cannot_buy_budget_with_a_forged_header()
    {
        for (var i = 0; i < 5; i++)
        {
            (await GetAsync("198.51.100.9", $"192.0.2.{i}")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await GetAsync("198.51.100.9", "192.0.2.200")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }
}
