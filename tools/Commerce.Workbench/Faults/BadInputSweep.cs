using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.Workbench.Faults;

/// <summary>
/// Every operation the OpenAPI document lists, sent bad input: malformed JSON, wrong types, injection-looking strings,
/// unknown and malformed ids, a body over the size limit, the wrong content type, and every parameter, header and
/// body field at the limits of its type (integers and dates at min, max, max + 1, negative and zero; strings empty,
/// at common limits and far beyond). Never a 5xx; every refusal is problem details with a code and the request id;
/// a refusal changes nothing stored.
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

    /// <summary>The values at the edges of a parameter's type, as the OpenAPI document gives it.</summary>
    private static IEnumerable<string> EdgesOf(JsonNode? schema) => (schema is null ? "string" : TypeOf(schema), (string?)schema?["format"]) switch
    {
        ("integer", "int64") => ["-9223372036854775808", "-9223372036854775809", "-1", "0", "9223372036854775807", "9223372036854775808"],
        ("integer", _) => ["-2147483648", "-2147483649", "-1", "0", "2147483647", "2147483648"],
        ("number", _) => ["-79228162514264337593543950335", "-0.01", "0", "79228162514264337593543950335", "79228162514264337593543950336", "-1e309", "NaN", "Infinity"],
        ("string", "date-time") =>
            ["0001-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "9999-12-31T23:59:59.9999999Z", "10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "0", "-1", "2026-13-45T25:61:61Z"],
        ("string", "uuid") => ["00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"],
        ("boolean", _) => ["yes", "2", "-1"],
        _ => ["", new string('q', 64), new string('q', 65), new string('q', 256), new string('q', 2_000), new string('q', 6_000)],
    };

    /// <summary>Header values at their limits: empty, malformed versions, far beyond any key length.</summary>
    private static readonly string[] HeaderEdges =
        ["", "*", "\"\"", "\"-1\"", "\"0\"", "\"9223372036854775807\"", "\"9223372036854775808\"", "W/", new string('k', 255), new string('k', 256), new string('k', 8_000)];

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
        // Headers last: "If-Match: *" on a delete is valid and removes the product the other cases are about.
        var headerCases = new List<(string Name, HttpRequestMessage Request)>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var verb = new HttpMethod(method.ToUpperInvariant());
                var parameters = operation!["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
                var pathNames = parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList();
                var queries = parameters.Where(p => (string?)p["in"] == "query").Select(p => ((string)p["name"]!, Resolve(document, p["schema"]))).ToList();
                var headerNames = parameters.Where(p => (string?)p["in"] == "header").Select(p => (string)p["name"]!).ToList();
                var schema = Resolve(document, operation["requestBody"]?["content"]?["application/json"]?["schema"]);
                var label = $"{verb} {path}";

                // Ids: unknown, empty, all-f, malformed, injected, absurdly long. Mutations of what exists need a valid body, so
                // a valid-looking body goes along.
                foreach (var name in pathNames)
                {
                    foreach (var value in new[] { Guid.NewGuid().ToString(), Guid.Empty.ToString(), "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-an-id", new string('x', 3000) }.Concat(Injections))
                    {
                        yield return ($"{label} {{{name}}}={Short(value)}", Request(verb, Fill(path, known, name, value), schema is null ? null : Json(ValidLooking(document, schema, known))));
                    }
                }

                var target = Fill(path, known, null, null);
                foreach (var (query, querySchema) in queries)
                {
                    foreach (var value in OddQueryValues.Concat(EdgesOf(querySchema)).Concat(Injections).Distinct())
                    {
                        yield return ($"{label} ?{query}={Short(value)}", Request(verb, $"{target}?{query}={Uri.EscapeDataString(value)}", schema is null ? null : Json(ValidLooking(document, schema, known))));
                    }
                }

                foreach (var header in headerNames)
                {
                    foreach (var value in HeaderEdges)
                    {
                        var request = Request(verb, target, schema is null ? null : Json(ValidLooking(document, schema, known)));
                        request.Headers.TryAddWithoutValidation(header, value);
                        headerCases.Add(($"{label} {header}: {Short(value)}", request));
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

                foreach (var (property, propertySchema) in Fields(document, schema, string.Empty))
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
                        "integer" => [JsonValue.Create(int.MinValue), JsonValue.Create(-2147483649L), JsonValue.Create(-1), JsonValue.Create(0),
                            JsonValue.Create(int.MaxValue), JsonValue.Create(2147483648L), JsonValue.Create(long.MaxValue)],
                        "number" => [JsonValue.Create(decimal.MinValue), JsonValue.Create(-0.01m), JsonValue.Create(0m), JsonValue.Create(decimal.MaxValue),
                            JsonNode.Parse("79228162514264337593543950336"), JsonValue.Create(1e30), JsonValue.Create(-1e30), JsonValue.Create(0.001m)],
                        "string" when (string?)propertySchema["format"] == "date-time" =>
                            [JsonValue.Create("0001-01-01T00:00:00Z"), JsonValue.Create("9999-12-31T23:59:59.9999999Z"), JsonValue.Create("10000-01-01T00:00:00Z")],
                        "string" => [.. Injections.Select(i => JsonValue.Create(i)), JsonValue.Create(string.Empty), JsonValue.Create(new string('z', 256)),
                            JsonValue.Create(new string('z', 5_000)), JsonValue.Create(new string('z', 100_000))],
                        _ => [],
                    };
                    foreach (var extreme in extremes)
                    {
                        yield return ($"{label} {property}={Short(extreme?.ToJsonString() ?? "null")}", Request(verb, target, Json(With(ValidLooking(document, schema, known), property, extreme))));
                    }
                }
            }
        }

        foreach (var headerCase in headerCases)
        {
            yield return headerCase;
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
    private static JsonObject ValidLooking(JsonNode document, JsonNode schema, Dictionary<string, string> known, int depth = 0)
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
                _ when depth < MaxDepth => ValidLooking(document, propertySchema, known, depth + 1),
                _ => new JsonObject(),
            };
        }

        return body;
    }

    private const int MaxDepth = 2;

    /// <summary>Every field of a body, nested objects' fields too (<c>buyer.firstName</c>), each with its schema.</summary>
    private static IEnumerable<(string Path, JsonNode Schema)> Fields(JsonNode document, JsonNode schema, string prefix, int depth = 0)
    {
        foreach (var (property, propertySchema) in Properties(document, schema))
        {
            var path = prefix + property;
            yield return (path, propertySchema);
            if (depth < MaxDepth && TypeOf(propertySchema) == "object")
            {
                foreach (var nested in Fields(document, propertySchema, path + ".", depth + 1))
                {
                    yield return nested;
                }
            }
        }
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

    private static JsonObject With(JsonObject body, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(body, (node, part) => node[part] as JsonObject ?? throw new InvalidOperationException($"{path}: {part} is not an object"));
        parent[parts[^1]] = value;
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
