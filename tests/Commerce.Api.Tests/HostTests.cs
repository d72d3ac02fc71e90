using Commerce.BuildingBlocks.Application;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Products;
using Commerce.Catalog.Contracts;
using Commerce.Ordering.Application.Orders;
using Commerce.Ordering.Domain.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests;

[Collection(SharedApi.Name)]
public class HostTests(CommerceApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Liveness_and_readiness_answer_with_the_state_of_postgres_and_sqs()
    {
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);

        var ready = await client.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;

        ready.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        body.GetProperty("checks").GetProperty("postgresql").GetProperty("status").GetString().Should().Be("Healthy");
        body.GetProperty("checks").GetProperty("sqs").GetProperty("status").GetString().Should().Be("Healthy");
    }

    [Fact]
    public async Task The_openapi_document_describes_every_catalog_route_and_its_errors()
    {
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");

        paths.GetProperty("/api/v1/products").TryGetProperty("get", out _).Should().BeTrue();
        paths.GetProperty("/api/v1/products").TryGetProperty("post", out _).Should().BeTrue();
        var byId = paths.GetProperty("/api/v1/products/{id}");
        foreach (var method in new[] { "get", "put", "patch", "delete" })
        {
            byId.TryGetProperty(method, out var operation).Should().BeTrue(method);
            operation.GetProperty("responses").TryGetProperty("404", out _).Should().BeTrue($"{method} documents its 404");
        }

        paths.TryGetProperty("/api/v1/categories", out _).Should().BeTrue();
    }

    [Fact]
    public async Task The_openapi_document_names_the_bearer_scheme_and_which_operations_need_it()
    {
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("type").GetString().Should().Be("http");
        scheme.GetProperty("scheme").GetString().Should().Be("bearer");
        var paths = document.GetProperty("paths");

        var create = paths.GetProperty("/api/v1/products").GetProperty("post");
        create.GetProperty("security")[0].TryGetProperty("Bearer", out _).Should().BeTrue();
        foreach (var status in new[] { "401", "403", "413", "429" })
        {
            create.GetProperty("responses").TryGetProperty(status, out _).Should().BeTrue($"creating a product documents {status}");
        }

        var list = paths.GetProperty("/api/v1/products").GetProperty("get");
        list.TryGetProperty("security", out _).Should().BeFalse("catalog reads are public");
        list.GetProperty("responses").TryGetProperty("401", out _).Should().BeFalse();
        list.GetProperty("responses").TryGetProperty("429", out _).Should().BeTrue();
        paths.GetProperty("/api/v1/baskets/{userName}").GetProperty("get").TryGetProperty("security", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_host_can_run_a_subset_of_the_contexts()
    {
        await using var catalogOnly = Subset("Catalog");
        var client = catalogOnly.CreateClient();

        (await client.GetAsync("/api/v1/products")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/orders")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_subset_missing_a_context_another_one_needs_refuses_to_start()
    {
        await using var orderingOnly = Subset("Ordering");

        var start = () => orderingOnly.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("*Ordering needs Basket*");
    }

    [Theory]
    [InlineData(null, "*Notifications:Email:Delivery is not set*")]
    [InlineData("Carrier pigeon", "*Notifications:Email:Delivery*Carrier pigeon*")]
    [InlineData("Smtp", "*Notifications:Email:Host*")]
    public async Task A_host_without_a_way_to_send_email_refuses_to_start_instead_of_filing_emails_away(string? delivery, string message)
    {
        await using var production = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("environment", "Production");
            builder.UseSetting("ConnectionStrings:Commerce", factory.ConnectionString);
            builder.UseSetting("Auth:SigningKey", CommerceApiFactory.SigningKey);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Payments:Provider", "Test");
            if (delivery is not null)
            {
                builder.UseSetting("Notifications:Email:Delivery", delivery);
            }
        });

        var start = () => production.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage(message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Paypal")]
    public async Task A_host_without_a_named_payment_provider_refuses_to_start_instead_of_pretending_to_take_money(string? provider)
    {
        await using var production = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("environment", "Production");
            builder.UseSetting("ConnectionStrings:Commerce", factory.ConnectionString);
            builder.UseSetting("Auth:SigningKey", CommerceApiFactory.SigningKey);
            builder.UseSetting("Notifications:Email:Delivery", "PickupFolder");
            if (provider is not null)
            {
                builder.UseSetting("Payments:Provider", provider);
            }
        });

        var start = () => production.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("*Payments:Provider*Stripe*Test*");
    }

    [Fact]
    public async Task A_production_host_refuses_every_missing_setting_at_once()
    {
        await using var production = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("environment", "Production");
            builder.UseSetting("ConnectionStrings:Commerce", factory.ConnectionString);
            builder.UseSetting("ConnectionStrings:Redis", "");
            builder.UseSetting("Auth:SigningKey", CommerceApiFactory.SigningKey);
        });

        var start = () => production.CreateClient();

        var refused = start.Should().Throw<SettingsRefusedException>().Which;
        refused.Refusals.Should().Contain(r => r.Contains("Notifications:Email:Delivery")).And.Contain(r => r.Contains("Payments:Provider"))
            .And.Contain(r => r.Contains("ConnectionStrings:Redis"), "each missing setting is named, not only the first");
    }

    [Fact]
    public async Task The_host_process_names_the_settings_it_refuses_in_one_block_without_a_stack_trace_and_exits_78()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ConnectionStrings__Commerce"] = factory.ConnectionString, ["ConnectionStrings__Redis"] = "",
                ["Auth__SigningKey"] = CommerceApiFactory.SigningKey, ["Payments__Provider"] = "Paypal",
            },
        };
        using var host = System.Diagnostics.Process.Start(start)!;
        var errors = host.StandardError.ReadToEndAsync();
        await host.StandardOutput.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.WaitForExitAsync(patience.Token);

        host.ExitCode.Should().Be(78);
        var text = await errors;
        text.Should().ContainAll("setting(s) to fix", "Notifications:Email:Delivery", "Payments:Provider", "ConnectionStrings:Redis");
        text.Should().NotContain("   at ", "a setting to fix is not a crash");
    }

    [Fact]
    public async Task A_production_shop_that_issues_its_own_tokens_starts_without_another_issuer_and_accepts_only_its_own()
    {
        var keys = Directory.CreateTempSubdirectory("commerce-prod-keys-").FullName;
        string Pem(string name)
        {
            using var rsa = System.Security.Cryptography.RSA.Create(2048);
            var path = Path.Combine(keys, name);
            File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
            return path;
        }

        await using var production = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("environment", "Production");
            builder.UseSetting("ConnectionStrings:Commerce", factory.ConnectionString);
            builder.UseSetting("Modules:Enabled:0", "Catalog");
            builder.UseSetting("Modules:Enabled:1", "Users");
            builder.UseSetting("Caching:InstanceName", factory.QueuePrefix);
            builder.UseSetting("Users:Tokens:SigningKeyFiles:0", Pem("signing.pem"));
            builder.UseSetting("Users:Tokens:EncryptionKeyFile", Pem("encryption.pem"));
            builder.UseSetting("Users:Tokens:RequireHttps", "false");
            builder.UseSetting("Users:Tokens:ApplyMigrationsAtStart", "true");
            builder.UseSetting("Sqs:AutoProvisionQueues", "true");
            builder.UseSetting("Sqs:QueuePrefix", factory.QueuePrefix);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        });
        var anonymous = production.CreateClient();
        var email = $"prod-{Guid.NewGuid():N}@example.com";

        (await anonymous.PostAsJsonAsync("/api/v1/users", new { email, password = "correct horse battery", name = "Ada" })).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var tokens = await TokenRequests.SendAsync(anonymous, TokenRequests.Password("password", email, "correct horse battery"));
        tokens.Error.Should().BeNull(tokens.Description);

        var own = production.CreateClient();
        own.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        (await own.GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var sharedKey = production.CreateClient();
        sharedKey.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CommerceApiFactory.TokenFor("staff", Commerce.BuildingBlocks.Api.Security.Roles.Admin));
        (await sharedKey.GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "no shared key is configured, so none is trusted");
    }

    [Fact]
    public async Task A_host_with_no_issuer_at_all_refuses_to_start()
    {
        await using var host = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Commerce", factory.ConnectionString);
            builder.UseSetting("Modules:Enabled:0", "Catalog");
            builder.UseSetting("Auth:SigningKey", "");
            builder.UseSetting("Auth:Authority", "");
        });

        var start = () => host.CreateClient();

        start.Should().Throw<SettingsRefusedException>().Which.Refusals.Should().Contain(r => r.Contains("Auth:Authority") && r.Contains("Users module"));
    }

    [Fact]
    public async Task A_host_told_to_stop_while_its_start_waits_for_the_database_stops_at_once()
    {
        // A database that takes the connection and never answers: the start waits on it as on one across a dead network.
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var held = new List<System.Net.Sockets.TcpClient>();
        var reached = new TaskCompletionSource();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                held.Add(await silent.AcceptTcpClientAsync());
                reached.TrySetResult();
            }
        });
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Urls"] = "http://127.0.0.1:0", ["Modules__Enabled__0"] = "Catalog",
                ["ConnectionStrings__Commerce"] = $"Host=127.0.0.1;Port={port};Database=x;Username=x;Password=x;Timeout=60;SSL Mode=Disable",
            },
        };
        using var host = System.Diagnostics.Process.Start(start)!;
        var errors = host.StandardError.ReadToEndAsync();
        var output = host.StandardOutput.ReadToEndAsync();
        // Connected: the start is now waiting on the database (the stop handler was registered before the start began).
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await host.WaitForExitAsync(patience.Token);
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }
        }

        stopping.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "a stop asked for during the start is not held until the database's timeout");
        host.ExitCode.Should().Be(143);
        var text = await errors + await output;
        text.Should().Contain("before its start finished").And.NotContain("   at ", "a stop asked for is not a crash");
        held.ForEach(c => c.Dispose());
    }

    [Theory]
    [InlineData("environment")]
    [InlineData("command line")]
    public async Task The_address_the_host_is_told_to_listen_on_wins_over_the_local_default(string how)
    {
        var url = FreeLocalUrl();
        var (host, _) = StartCatalogProcess("Development", how == "command line" ? ["--urls", url] : [], how == "environment" ? new() { ["ASPNETCORE_URLS"] = url } : []);
        using (host)
        {
            try
            {
                await LiveAsync(host, url);
            }
            finally
            {
                host.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Outside_development_every_log_line_is_one_json_object()
    {
        var url = FreeLocalUrl();
        var (host, output) = StartCatalogProcess("Testing", [], new()
        {
            ["Urls"] = url, ["Serilog__MinimumLevel__Default"] = "Information", ["Payments__Provider"] = "Test",
            ["Notifications__Email__Delivery"] = "PickupFolder", ["Auth__SigningKey"] = CommerceApiFactory.SigningKey,
        });
        using (host)
        {
            try
            {
                await LiveAsync(host, url);
                using var probe = new HttpClient { BaseAddress = new Uri(url) };
                await probe.GetAsync("/api/v1/products/not-a-guid");
            }
            finally
            {
                host.Kill(entireProcessTree: true);
            }

            await host.WaitForExitAsync();
        }

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().NotBeEmpty();
        lines.Should().AllSatisfy(line =>
        {
            using var entry = JsonDocument.Parse(line);
            entry.RootElement.TryGetProperty("@t", out _).Should().BeTrue(line);
        });
        lines.Should().Contain(line => line.Contains("\"@tr\"", StringComparison.Ordinal), "a request's lines carry its trace id");
    }

    private static string FreeLocalUrl()
    {
        using var free = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        free.Start();
        return $"http://127.0.0.1:{((IPEndPoint)free.LocalEndpoint).Port}";
    }

    /// <summary>The host as its own process with the Catalog alone, on this factory's database; its standard output whole once it ends.</summary>
    private (System.Diagnostics.Process Host, Task<string> Output) StartCatalogProcess(string environment, string[] arguments, Dictionary<string, string> settings)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. arguments])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = environment, ["Modules__Enabled__0"] = "Catalog", ["ConnectionStrings__Commerce"] = factory.ConnectionString,
                ["Caching__InstanceName"] = factory.QueuePrefix, ["Sqs__QueuePrefix"] = factory.QueuePrefix, ["Sqs__AutoProvisionQueues"] = "true",
                ["Catalog__SeedSampleData"] = "false", ["Serilog__MinimumLevel__Default"] = "Warning",
            },
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var host = System.Diagnostics.Process.Start(start)!;
        _ = host.StandardError.ReadToEndAsync();
        return (host, host.StandardOutput.ReadToEndAsync());
    }

    private static async Task LiveAsync(System.Diagnostics.Process host, string url)
    {
        using var probe = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                return (await probe.GetAsync("/health/live")).IsSuccessStatusCode;
            }
            catch (Exception unreachable) when (unreachable is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, $"the host answering on {url} (exited: {host.HasExited})", 60);
    }

    [Fact]
    public async Task Only_the_configured_shop_fronts_may_call_the_api_from_a_browser()
    {
        await using var fronted = factory.WithWebHostBuilder(builder => builder.UseSetting("Http:Cors:AllowedOrigins:0", "https://shop.example"));
        HttpRequestMessage Preflight(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/products");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            return request;
        }

        var allowed = await fronted.CreateClient().SendAsync(Preflight("https://shop.example"));
        var other = await fronted.CreateClient().SendAsync(Preflight("https://evil.example"));
        var unconfigured = await client.SendAsync(Preflight("https://shop.example"));

        allowed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        allowed.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://shop.example");
        allowed.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse("tokens travel in a header, never cookies");
        other.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
        unconfigured.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse("no origin is allowed unless configured");
    }

    [Fact]
    public async Task An_allowed_origin_that_is_no_origin_is_refused_at_start()
    {
        await using var host = Subset("Catalog").WithWebHostBuilder(builder => builder.UseSetting("Http:Cors:AllowedOrigins:0", "https://shop.example/app/"));

        var start = () => host.CreateClient();

        start.Should().Throw<SettingsRefusedException>().Which.Refusals.Should().Contain(r => r.Contains("Http:Cors:AllowedOrigins") && r.Contains("https://shop.example/app/"));
    }

    private const string CognitoPool = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Example";

    [Fact]
    public async Task An_issuer_without_an_audience_and_no_named_app_clients_refuses_to_start()
    {
        await using var host = Subset("Catalog").WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Auth:Authority", CognitoPool);
            builder.UseSetting("Auth:Audience", "");
        });

        var start = () => host.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("*Auth:ClientIds*");
    }

    [Theory]
    [InlineData("access", "shop-web", true)]
    [InlineData("access", "admin-console", false)]
    [InlineData("id", "shop-web", false)]
    public async Task With_no_audience_only_access_tokens_of_the_named_app_clients_authenticate(string tokenUse, string clientId, bool accepted)
    {
        await using var host = Subset("Catalog").WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Auth:Authority", CognitoPool);
            builder.UseSetting("Auth:Audience", "");
            builder.UseSetting("Auth:ClientIds:0", "shop-web");
        });
        var jwt = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions>>()
            .Get(Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerDefaults.AuthenticationScheme);
        var validated = new Microsoft.AspNetCore.Authentication.JwtBearer.TokenValidatedContext(
            new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = host.Services },
            new Microsoft.AspNetCore.Authentication.AuthenticationScheme("Bearer", null, typeof(Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler)),
            jwt)
        {
            Principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new("username", "ada"), new("token_use", tokenUse), new("client_id", clientId)], "Bearer")),
        };

        await jwt.Events.TokenValidated(validated);

        (validated.Result?.Failure is null).Should().Be(accepted, validated.Result?.Failure?.Message);
    }

    [Fact]
    public async Task A_production_host_with_the_old_routes_on_refuses_anonymous_writes()
    {
        await using var production = Subset("Catalog").WithWebHostBuilder(builder =>
        {
            builder.UseSetting("environment", "Production");
            builder.UseSetting("Compatibility:Enabled", "true");
            builder.UseSetting("Notifications:Email:Delivery", "PickupFolder");
            builder.UseSetting("Sqs:AutoProvisionQueues", "true");
            builder.UseSetting("Sqs:QueuePrefix", factory.QueuePrefix);
        });
        var anonymous = production.CreateClient();

        var write = await anonymous.PostAsJsonAsync("/product", new { name = "Free", description = "d", price = 0m, category = "Gifts" });

        write.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/product?category=Gifts")).StatusCode.Should().Be(HttpStatusCode.OK, "the catalog stays public");
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Subset(string module) =>
        new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Commerce", factory.ConnectionString);
            builder.UseSetting("Modules:Enabled:0", module);
            builder.UseSetting("Caching:InstanceName", factory.QueuePrefix); // its database's namespace in the shared Redis
            builder.UseSetting("Auth:SigningKey", CommerceApiFactory.SigningKey);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        });

    [Fact]
    public async Task The_interactive_api_page_is_served()
    {
        var response = await client.GetAsync("/docs/index.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Commerce API");
    }

    [Fact]
    public async Task Other_contexts_read_current_name_and_price_through_the_catalog_contract()
    {
        var created = await client.PostAsJsonAsync("/api/v1/products", new
        {
            sku = $"CONTRACT-{Guid.NewGuid():N}"[..20], name = "Lamp", category = "Home", price = 15m, currency = "EUR",
        });
        var product = (await created.Content.ReadFromJsonAsync<ProductDto>(Json.Options))!;
        await client.PatchAsJsonAsync($"/api/v1/products/{product.Id}", new { price = 17.5m });

        using var scope = factory.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<IProductCatalog>();

        (await catalog.FindAsync(product.Id, CancellationToken.None)).Should()
            .Be(new CatalogProduct(product.Id, product.Sku, "Lamp", 17.5m, "EUR"));
        (await catalog.FindAsync(Guid.NewGuid(), CancellationToken.None)).Should().BeNull();
        (await catalog.FindManyAsync([product.Id, Guid.NewGuid()], CancellationToken.None)).Keys.Should().Equal(product.Id);
    }
}

/// <summary>The host as a developer starts it: Development, sample data on.</summary>
public sealed class DevelopmentApiFactory : CommerceApiFactory
{
    protected override string HostEnvironment => "Development";

    protected override bool SeedSampleData => true;

    protected override string[] Modules => [];
}

public class SampleDataTests(DevelopmentApiFactory factory) : IClassFixture<DevelopmentApiFactory>
{
    [Fact]
    public async Task The_first_start_shows_a_shop_of_a_dozen_products_in_several_categories()
    {
        var page = (await factory.CreateClient().GetFromJsonAsync<PagedResult<ProductDto>>("/api/v1/products?pageSize=100", Json.Options))!;

        page.TotalCount.Should().Be(12);
        page.Items.Select(p => p.Category).Distinct().Should().HaveCountGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task A_customer_shops_the_sample_catalog_and_follows_the_order_to_delivery_through_the_api_only()
    {
        var client = factory.CreateClient();
        var shop = new Shop(client);
        var phones = (await client.GetFromJsonAsync<PagedResult<ProductDto>>("/api/v1/products?category=Phone&sort=price_asc", Json.Options))!;
        var cheapest = phones.Items[0];
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/inventory/{cheapest.Id}", Json.Options)).GetProperty("available").GetInt32()
            .Should().BeGreaterThan(2, "every sample product is stocked");
        (await shop.AddAsync(cheapest.Id, 2)).EnsureSuccessStatusCode();

        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var checkout = await shop.CheckoutAsync(idempotencyKey: Guid.NewGuid().ToString());
        checkout.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var location = checkout.Headers.Location!;
        var order = (await client.GetFromJsonAsync<OrderDto>(location, Json.Options))!;
        order.Totals.Total.Should().Be(cheapest.Price * 2);

        var mine = (await client.GetFromJsonAsync<PagedResult<OrderDto>>(
            $"/api/v1/orders?userName={shop.User}&placedFrom={Uri.EscapeDataString(before.ToString("O"))}", Json.Options))!;
        mine.Items.Select(o => o.Id).Should().Equal(order.Id);

        (await EventFlow.WaitForStatusAsync(client, order.Id, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed, "stock was reserved and the payment authorized through SQS");
        foreach (var (action, body) in new (string, object)[] { ("ship", new { trackingNumber = "1Z-SAMPLE" }), ("deliver", new { }) })
        {
            (await client.PostAsJsonAsync($"{location}/{action}", body)).StatusCode.Should().Be(HttpStatusCode.OK, action);
        }

        await Eventually.HoldsAsync(async () => (await client.GetFromJsonAsync<OrderDto>(location, Json.Options))!.PaymentStatus == PaymentStatus.Captured, "captured at shipment", 30);
        var history = (await client.GetFromJsonAsync<List<JsonElement>>($"{location}/history", Json.Options))!;
        history.Select(e => e.GetProperty("type").GetString()).Should()
            .ContainInOrder("OrderPlaced", "OrderConfirmed", "OrderShipped", "OrderDelivered")
            .And.Contain(["OrderStockReserved", "PaymentAuthorized", "PaymentCaptured"]);
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_adds_nothing()
    {
        _ = factory.CreateClient();
        await using var second = new SecondStart(factory.ConnectionString, factory.QueuePrefix);

        var page = (await second.CreateClient().GetFromJsonAsync<PagedResult<ProductDto>>("/api/v1/products?pageSize=100", Json.Options))!;

        page.TotalCount.Should().Be(12);
    }

    /// <param name="cacheNamespace">The first start's: one database, one namespace in the shared Redis. The default one
    /// is shared with other tests' hosts on other databases, whose cached catalog pages name products this one lacks.</param>
    private sealed class SecondStart(string connectionString, string cacheNamespace) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Commerce", connectionString);
            builder.UseSetting("Caching:InstanceName", cacheNamespace);
            builder.UseSetting("Catalog:SeedSampleData", "true");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
