using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Api.Tests;

/// <summary>Reads responses as the API writes them: web defaults, enums as names.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
