using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Commerce.Api.Tests;

/// <summary>A host whose every log event, down to Debug, is kept for inspection.</summary>
public sealed class LogCapturingFactory : CommerceApiFactory
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Debug");
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(new Sink(Events)));
    }

    private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

public class SecretsInLogsTests(LogCapturingFactory factory) : IClassFixture<LogCapturingFactory>
{
    [Fact]
    public async Task Card_numbers_and_security_codes_never_reach_the_logs()
    {
        const string card = "4000056655665556";
        const string cvv = "8642";
        var shop = new Shop(factory.CreateClient());
        var product = await shop.ProductAsync();
        await shop.AddAsync(product.Id, 1);

        (await shop.CheckoutAsync(Shop.CheckoutBody(card: "4000056655665557", cvv: cvv))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await shop.CheckoutAsync(Shop.CheckoutBody(card: card, cvv: cvv))).StatusCode.Should().Be(HttpStatusCode.Accepted);

        factory.Events.Should().NotBeEmpty("the capture must see the requests it judges");
        var written = string.Join('\n', factory.Events.Select(e => $"{e.RenderMessage()} {string.Join(' ', e.Properties.Values)} {e.Exception}"));
        written.Should().Contain("PlaceOrder");
        written.Should().NotContain(card[..12]).And.NotContain("400005665566555").And.NotContain(cvv);
    }
}
