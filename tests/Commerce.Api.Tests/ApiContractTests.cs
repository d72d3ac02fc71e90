using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.Api.Tests;

/// <summary>Every context and the old shop's routes: the whole HTTP surface a client can meet.</summary>
public sealed class ContractApiFactory : CommerceApiFactory
{
    protected override string[] Modules => [];

    protected override bool CompatibilityRoutes => true;
}

/// <summary>
/// The HTTP contract is the committed <c>docs/api/openapi-v1.json</c>. A change to a response record, a route, a
/// parameter or an error answer (or a rename deep in a domain that leaks into one) fails here until the document is
/// accepted: <c>COMMERCE_ACCEPT_API_CHANGES=1 build/test.sh</c> rewrites it, and the diff is then reviewed like code.
/// </summary>
public class ApiContractTests(ContractApiFactory factory) : IClassFixture<ContractApiFactory>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string ContractPath => Path.Combine(Repository.Root(), "docs", "api", "openapi-v1.json");

    [Fact]
    public async Task The_served_openapi_document_is_the_committed_contract()
    {
        var served = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        served.Remove("servers"); // where this host listens, not what it offers
        if (Environment.GetEnvironmentVariable("COMMERCE_ACCEPT_API_CHANGES") == "1")
        {
            await File.WriteAllTextAsync(ContractPath, served.ToJsonString(Indented) + "\n");
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(ContractPath))!;

        string.Join("\n", Differences(committed, served, "$")).Should().BeEmpty(
            "the served API must be the committed contract; if the change is meant, run COMMERCE_ACCEPT_API_CHANGES=1 build/test.sh and commit docs/api/openapi-v1.json");
    }

    /// <summary>Where two documents differ, as JSON paths, so a failure says what changed rather than that something did.</summary>
    private static IEnumerable<string> Differences(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    var child = $"{path}.{key}";
                    if (!e.ContainsKey(key))
                    {
                        yield return $"{child}: added";
                    }
                    else if (!a.ContainsKey(key))
                    {
                        yield return $"{child}: removed";
                    }
                    else
                    {
                        foreach (var difference in Differences(e[key], a[key], child))
                        {
                            yield return difference;
                        }
                    }
                }

                break;
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                for (var i = 0; i < e.Count; i++)
                {
                    foreach (var difference in Differences(e[i], a[i], $"{path}[{i}]"))
                    {
                        yield return difference;
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    yield return $"{path}: {expected?.ToJsonString() ?? "null"} → {actual?.ToJsonString() ?? "null"}";
                }

                break;
        }
    }
}
