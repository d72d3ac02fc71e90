using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Application.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.BuildingBlocks.Api.Security;

public static class DevelopmentTokenEndpoints
{
    /// <summary><c>POST /dev/tokens</c>: a token for any user and roles. Map it in Development only.</summary>
    public static IEndpointRouteBuilder MapDevelopmentTokens(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/tokens", Mint).WithTags("Development").WithName("MintDevelopmentToken")
            .WithSummary("Development only: mint a bearer token, e.g. {\"userName\": \"alice\", \"roles\": [\"customer\"]} or roles [\"admin\"].")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AllowAnonymous();
        return app;
    }

    private static Ok<MintedToken> Mint(MintTokenRequest body, DevelopmentTokens tokens)
    {
        var userName = body.UserName?.Trim();
        if (string.IsNullOrEmpty(userName) || userName.Length > 64)
        {
            throw new InvalidInputException("userName", ErrorCodes.ValidationFailed, "userName is required (at most 64 characters).");
        }

        var roles = body.Roles is { Length: > 0 } given ? given : [Roles.Customer];
        return TypedResults.Ok(tokens.Mint(userName, roles));
    }
}

public sealed record MintTokenRequest(string? UserName, string[]? Roles);
