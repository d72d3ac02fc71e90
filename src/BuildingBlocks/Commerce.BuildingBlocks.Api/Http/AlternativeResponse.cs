using Microsoft.AspNetCore.Builder;

namespace Commerce.BuildingBlocks.Api.Http;

/// <summary>
/// A second body a route's 200 may carry, chosen by the request (a list paged by cursor instead of by number): the API
/// document gives the 200 both shapes (oneOf), so neither client is told the other's.
/// </summary>
public sealed record AlternativeResponse(Type Body);

public static class AlternativeResponses
{
    public static RouteHandlerBuilder AlsoAnswers<TBody>(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new AlternativeResponse(typeof(TBody)));
    }
}
