using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.Workbench.Faults;

/// <summary>
/// Every operation the OpenAPI document lists, sent bad input: malformed JSON, wrong types, out-of-range numbers,
/// injection-looking strings, unknown and malformed ids, a body over the size limit, the wrong content type.
/// Never a 5xx; every refusal is problem details with a code and the request id; a refusal changes nothing stored.
/// </summary>
internal static class BadInputSweep
{
    private static readonly string[] Injections =
    [
        "'; DROP TABLE catalog.mt_doc_product; --",
        "\" OR 1=1 --",
        "<script>alert(1)</script>",
        "{{7*7}}${jndi:ldap://x/a}",
        "../../../../etc/passwd",
        "\u0000\u202e",
    ];

    private static readonly string[] OddQueryValues = ["abc", "-1", "0", "99999999999999999999", "1e309"];

    public static async Task<FaultResult> RunAsync(WorkbenchOptions options)
    {
        await using var scenario = await FaultScenario.StartAsync(options, "sweep", deployment => deployment.Settings["Compatibility:Enabled"] = "true");
        var product = (await scenario.StockedProductsAsync(1, 100))[0];
        var ordered = await scenario.Shop.CheckoutAsync("sweep-orderer", product, 1);
        await scenario.AuditAsync([ordered]); // settled: nothing moves in the background any more
        using (var basket = await scenario.Http.PutAsJsonAsync("/api/v1/baskets/sweep-user", new { items = new[] { new { productId = product, quantity = 1 } } }))
        {
            basket.EnsureSuccessStatusCode();
        }

        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = product.ToString(), ["productId"] = product.ToString(), ["orderId"] = ordered.OrderId.ToString()!, ["userName"] = "sweep-user",
        };
        var document = (await scenario.Http.GetFromJsonAsync<JsonNode>("/openapi/v1.json"))!;
        var maxBody = 256 * 1024;
        var cases = Cases(document, known, maxBody).ToList();

        await using var snapshot = new StateSnapshot(scenario.Deployment.ConnectionString);
        var failures = new List<string>();
        var accepted = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var kestrel = 0;
        foreach (var (name, request) in cases)
        {
            var mutating = request.Method != HttpMethod.Get;
            var before = mutating ? await snapshot.TakeAsync() : null;
            using var response = await scenario.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                failures.Add($"{name}: {status} {Excerpt(body)}");
            }
            else if (name.EndsWith("body over the limit", StringComparison.Ordinal) && status != 413)
            {
                failures.Add($"{name}: {status}, not 413");
            }
            else if (status == 400 && body.Length == 0 && request.RequestUri!.OriginalString.Contains("%00", StringComparison.Ordinal))
            {
                kestrel++; // Kestrel refuses a NUL in the URL before any application code runs; it has no body to give
            }
            else if (status >= 400 && !IsProblem(response, body))
            {
                failures.Add($"{name}: {status} without problem details: {Excerpt(body)}");
            }
            else if (status >= 400 && mutating && before != await snapshot.TakeAsync())
            {
                failures.Add($"{name}: refused with {status} but changed stored state");
            }
            else if (status < 400 && mutating)
            {
                accepted.Add($"{name} ({status})");
                await QuietAsync(snapshot); // what it set off (events, consumers) must not be blamed on the next request
            }
        }

        var detail = $"{cases.Count} bad requests over {document["paths"]!.AsObject().Count} paths; statuses {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}; " +
            $"{failures.Count} failures; {kestrel} refused by Kestrel before the application (NUL in the URL); {accepted.Count} accepted as valid data" +
            (failures.Count == 0 ? string.Empty : Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", failures)) +
            (accepted.Count == 0 ? string.Empty : Environment.NewLine + "  accepted: " + string.Join("; ", accepted.Take(20)));
        return new FaultResult("Bad-input sweep over every route", failures.Count == 0, cases.Count, cases.Count, 0, detail);
    }

    private static async Task QuietAsync(StateSnapshot snapshot)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var last = await snapshot.TakeAsync();
        for (var stable = 0; stable < 3 && DateTime.UtcNow < deadline; )
        {
            await Task.Delay(200);
            var now = await snapshot.TakeAsync();
            stable = now == last ? stable + 1 : 0;
            last = now;
        }
    }

    private static IEnumerable<(string Name, HttpRequestMessage Request)> Cases(JsonNode document, Dictionary<string, string> known, int maxBody)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var verb = new HttpMethod(method.ToUpperInvariant());
                var parameters = operation!["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
                var pathNames = parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList();
                var queryNames = parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToList();
                var schema = Resolve(document, operation["requestBody"]?["content"]?["application/json"]?["schema"]);
                var label = $"{verb} {path}";

                // Ids: unknown, malformed, injected, absurdly long. Mutations of what exists need a valid body, so
                // a valid-looking body goes along.
                foreach (var name in pathNames)
                {
                    foreach (var value in new[] { Guid.NewGuid().ToString(), "not-an-id", new string('x', 3000) }.Concat(Injections))
                    {
                        yield return ($"{label} {{{name}}}={Short(value)}", Request(verb, Fill(path, known, name, value), schema is null ? null : Json(ValidLooking(document, schema, known))));
                    }
                }

                var target = Fill(path, known, null, null);
                foreach (var query in queryNames)
                {
                    foreach (var value in OddQueryValues.Concat(Injections))
                    {
                        yield return ($"{label} ?{query}={Short(value)}", Request(verb, $"{target}?{query}={Uri.EscapeDataString(value)}", schema is null ? null : Json(ValidLooking(document, schema, known))));
                    }
                }

                if (schema is null)
                {
                    continue;
                }

                yield return ($"{label} malformed JSON", Request(verb, target, Raw("{\"name\": \"unterminated", "application/json")));
                yield return ($"{label} empty body", Request(verb, target, Raw(string.Empty, "application/json")));
                yield return ($"{label} JSON array instead of object", Request(verb, target, Raw("[1,2,3]", "application/json")));
                yield return ($"{label} wrong content type", Request(verb, target, Raw("name=x", "application/x-www-form-urlencoded")));
                yield return ($"{label} body over the limit", Request(verb, target, Raw($"{{\"name\":\"{new string('a', maxBody + 1024)}\"}}", "application/json")));

                foreach (var (property, propertySchema) in Properties(document, schema))
                {
                    var type = TypeOf(propertySchema);
                    JsonNode? wrong = type switch
                    {
                        "string" => JsonValue.Create(12345),
                        "integer" or "number" => JsonValue.Create("not-a-number"),
                        "boolean" => JsonValue.Create("yes"),
                        "array" => new JsonObject { ["not"] = "an array" },
                        _ => JsonValue.Create("not-an-object"),
                    };
                    yield return ($"{label} {property} of the wrong type", Request(verb, target, Json(With(ValidLooking(document, schema, known), property, wrong))));

                    IEnumerable<JsonNode?> extremes = type switch
                    {
                        "integer" => [JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(2147483648L), JsonValue.Create(-2147483649L)],
                        "number" => [JsonValue.Create(-0.01m), JsonValue.Create(1e30), JsonValue.Create(-1e30), JsonNode.Parse("79228162514264337593543950336")],
                        "string" => [.. Injections.Select(i => JsonValue.Create(i)), JsonValue.Create(new string('z', 5000))],
                        _ => [],
                    };
                    foreach (var extreme in extremes)
                    {
                        yield return ($"{label} {property}={Short(extreme?.ToJsonString() ?? "null")}", Request(verb, target, Json(With(ValidLooking(document, schema, known), property, extreme))));
                    }
                }
            }
        }
    }

    private static string Fill(string path, Dictionary<string, string> known, string? name, string? value)
    {
        var filled = path;
        foreach (var (key, knownValue) in known)
        {
            filled = filled.Replace($"{{{key}}}", Uri.EscapeDataString(key.Equals(name, StringComparison.OrdinalIgnoreCase) ? value! : knownValue), StringComparison.OrdinalIgnoreCase);
        }

        return name is not null && !known.ContainsKey(name) ? filled.Replace($"{{{name}}}", Uri.EscapeDataString(value!), StringComparison.Ordinal) : filled;
    }

    /// <summary>A body of the right shape with plausible values (ids that exist), so one bad field is what is tested.</summary>
    private static JsonObject ValidLooking(JsonNode document, JsonNode schema, Dictionary<string, string> known)
    {
        var body = new JsonObject();
        foreach (var (property, propertySchema) in Properties(document, schema))
        {
            body[property] = TypeOf(propertySchema) switch
            {
                "string" when (string?)propertySchema["format"] == "uuid" => known["productId"],
                "string" => "valid-looking",
                "integer" => 1,
                "number" => 1,
                "boolean" => true,
                "array" => new JsonArray(),
                _ => new JsonObject(),
            };
        }

        return body;
    }

    private static IEnumerable<(string Name, JsonNode Schema)> Properties(JsonNode document, JsonNode schema) =>
        Resolve(document, schema)?["properties"]?.AsObject().Select(p => (p.Key, Resolve(document, p.Value)!)) ?? [];

    private static JsonNode? Resolve(JsonNode document, JsonNode? schema)
    {
        for (var depth = 0; depth < 5 && schema?["$ref"] is { } reference; depth++)
        {
            schema = ((string)reference!).TrimStart('#', '/').Split('/').Aggregate((JsonNode?)document, (node, part) => node?[part]);
        }

        return schema;
    }

    private static string TypeOf(JsonNode schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => (string)t!).FirstOrDefault(t => t != "null") ?? "object",
        JsonValue type => (string)type!,
        _ => "object",
    };

    private static JsonObject With(JsonObject body, string property, JsonNode? value)
    {
        body[property] = value;
        return body;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content) =>
        new(method, new Uri(path, UriKind.Relative)) { Content = content };

    private static StringContent Json(JsonNode body) => Raw(body.ToJsonString(), "application/json");

    private static StringContent Raw(string body, string mediaType) => new(body, Encoding.UTF8, mediaType);

    private static bool IsProblem(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        using var problem = JsonDocument.Parse(body);
        return problem.RootElement.TryGetProperty("code", out _) && problem.RootElement.TryGetProperty("requestId", out _);
    }

    private static string Short(string value) => value.Length <= 24 ? value : $"{value[..12]}…({value.Length} chars)";

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300];
}
