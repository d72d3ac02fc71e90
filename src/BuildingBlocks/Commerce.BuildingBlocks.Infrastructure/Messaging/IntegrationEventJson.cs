using System.Text.Json;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>How integration events look on the wire, both ways: web defaults (camelCase), readable by any consumer.</summary>
internal static class IntegrationEventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
