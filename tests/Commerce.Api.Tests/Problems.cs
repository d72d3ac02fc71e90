using System.Net;
using System.Text.Json;

namespace Commerce.Api.Tests;

/// <summary>Reads an RFC 7807 response and checks the parts every error must have.</summary>
internal sealed record Problem(int Status, string Code, IReadOnlyDictionary<string, string[]> Errors, JsonElement Body)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");

        var body = JsonDocument.Parse(text).RootElement;
        body.GetProperty("status").GetInt32().Should().Be((int)expected);
        body.GetProperty("traceId").GetString().Should().NotBeNullOrEmpty();
        body.GetProperty("requestId").GetString().Should().NotBeNullOrEmpty();
        var errors = body.TryGetProperty("errors", out var e)
            ? e.Deserialize<Dictionary<string, string[]>>()!
            : [];
        return new Problem((int)expected, body.GetProperty("code").GetString()!, errors, body);
    }
}
