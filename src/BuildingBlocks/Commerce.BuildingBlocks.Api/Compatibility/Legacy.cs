using Commerce.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.BuildingBlocks.Api.Compatibility;

/// <summary>
/// What the routes of the old AWS serverless shop share: every success is 200 with the payload wrapped as
/// <c>{"message": …, "body": …}</c>, the way its Lambda functions answered. Errors stay problem details.
/// </summary>
public static class Legacy
{
    /// <summary>Endpoints of the compatibility routes carry this tag in the OpenAPI document.</summary>
    public const string Tag = "Compatibility (serverless shop routes)";

    public static Ok<LegacyEnvelope<T>> Ok<T>(HttpContext http, T body) =>
        TypedResults.Ok(new LegacyEnvelope<T>($"Successfully finished operation: \"{http.Request.Method}\"", body));
}

public sealed record LegacyEnvelope<T>(string Message, T Body);

/// <summary><c>Compatibility</c> settings: the old routes are off unless <see cref="Enabled"/>.</summary>
public sealed class CompatibilityOptions
{
    public const string Section = "Compatibility";

    public bool Enabled { get; set; }

    /// <summary>
    /// The old shop asked for no token: anyone could change prices, baskets and orders and read every order. Off, the
    /// routes take the main API's tokens and rules; on (an explicit choice, warned about at start), they do not.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>The most items a whole-list route (every product, basket or order) answers with; past it, a problem
    /// that points at the paged main API.</summary>
    public int MaxListedItems { get; set; } = 1000;

    public void EnsureValid()
    {
        if (MaxListedItems < 1)
        {
            throw new SettingRefusedException($"{Section}:{nameof(MaxListedItems)} must be at least 1 (it is {MaxListedItems}).");
        }
    }

    /// <summary>The old shop had one currency and never named it; products it creates are priced in this one.</summary>
    public string Currency { get; set; } = "USD";
}
