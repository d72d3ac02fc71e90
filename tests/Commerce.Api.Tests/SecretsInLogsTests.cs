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

        // A client that still sends card data is refused: the shop takes provider tokens only.
        (await shop.CheckoutAsync(new
        {
            buyer = new { firstName = "Ada", lastName = "Lovelace", email = "ada@example.com" },
            shippingAddress = new { street = "1 Way", city = "London", zipCode = "N1", country = "UK" },
            payment = new { cardNumber = card, expiryMonth = 12, expiryYear = 2030, securityCode = cvv, paymentMethodId = card },
        })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await shop.CheckoutAsync()).StatusCode.Should().Be(HttpStatusCode.Accepted);

        factory.Events.Should().NotBeEmpty("the capture must see the requests it judges");
        var written = string.Join('\n', factory.Events.Select(e => $"{e.RenderMessage()} {string.Join(' ', e.Properties.Values)} {e.Exception}"));
        written.Should().Contain("PlaceOrder");
        written.Should().NotContain(card[..12]).And.NotContain("400005665566555").And.NotContain(cvv);
    }

    [Fact]
    public async Task Bearer_tokens_never_reach_the_logs_and_every_request_line_carries_its_trace_id()
    {
        var token = CommerceApiFactory.TokenFor("tokenlog-user", "customer");
        var client = factory.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var forbidden = await client.GetAsync("/api/v1/baskets/someone-else");
        var problem = await Problem.ReadAsync(forbidden, HttpStatusCode.Forbidden);
        var unauthorized = await factory.AnonymousClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/baskets/x")
        {
            Headers = { Authorization = new("Bearer", token[..^4] + "AAAA") },
        });
        unauthorized.StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var written = string.Join('\n', factory.Events.Select(e => $"{e.RenderMessage()} {string.Join(' ', e.Properties.Values)} {e.Exception}"));
        written.Should().NotContain(token.Split('.')[2], "a signature is a secret").And.NotContain(token.Split('.')[1]);
        var requestLine = factory.Events.Last(e => e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains("someone-else", StringComparison.Ordinal));
        requestLine.TraceId.ToString().Should().Be(problem.Body.GetProperty("traceId").GetString(), "logs and problem details name the same trace");
    }
}
