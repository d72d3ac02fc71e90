using System.Net.Http.Json;

namespace Commerce.Api.Tests;

/// <summary>A request a client may retry safely: its JSON body under an <c>Idempotency-Key</c>.</summary>
internal static class Keyed
{
    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, object body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }
}
