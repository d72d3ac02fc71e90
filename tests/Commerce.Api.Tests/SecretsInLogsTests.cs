using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
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

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"commerce-mail-{Guid.NewGuid():N}");

    protected override string[] Modules => ["Catalog", "Basket", "Ordering", "Payments", "Users", "Notifications"];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:Email:PickupFolder", MailFolder);
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
    public async Task Passwords_and_emailed_codes_never_reach_the_logs()
    {
        const string password = "zebra-quartz-fjord-1874";
        const string newPassword = "otter-basalt-lumen-2291";
        var email = $"logs-{Guid.NewGuid():N}@example.com";
        var anonymous = factory.AnonymousClient();

        await anonymous.PostAsJsonAsync("/api/v1/users", new { email, password, name = "Ada" });
        var code = await PickupMail.CodeSentToAsync(factory.MailFolder, email, "Verify your email address");
        (await anonymous.PostAsJsonAsync("/api/v1/users/email-verification", new { email, code })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(TokenRequests.Password("password", email, password)))).StatusCode.Should().Be(HttpStatusCode.OK);
        await anonymous.PostAsJsonAsync("/api/v1/users/password-reset", new { email });
        var resetCode = await PickupMail.CodeSentToAsync(factory.MailFolder, email, "Your password reset code");
        (await anonymous.PostAsJsonAsync("/api/v1/users/password-reset/confirm", new { email, code = resetCode, newPassword })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var written = string.Join('\n', factory.Events.Select(e => $"{e.RenderMessage()} {string.Join(' ', e.Properties.Values)} {e.Exception}"));
        written.Should().Contain("ResetPassword", "the capture must see the requests it judges");
        written.Should().NotContain(password).And.NotContain(newPassword);
        // Six digits standing alone: a trace id or a timing may hold the same digits by chance, never as a word.
        written.Should().NotMatchRegex($@"(?<![\w.]){code}(?![\w.])").And.NotMatchRegex($@"(?<![\w.]){resetCode}(?![\w.])");
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

    [Fact]
    public async Task A_request_refused_with_a_problem_is_logged_with_the_status_the_client_got_not_as_a_server_error()
    {
        var missing = Guid.NewGuid();

        var answer = await factory.AnonymousClient().GetAsync($"/api/v1/products/{missing}");

        answer.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var requestLine = factory.Events.Last(e => e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains(missing.ToString(), StringComparison.Ordinal)
            && e.Properties.ContainsKey("StatusCode"));
        requestLine.Properties["StatusCode"].ToString().Should().Be("404");
        requestLine.Level.Should().Be(LogEventLevel.Information, "a client's mistake is not the server's error");
        requestLine.Exception.Should().BeNull();
    }
}
