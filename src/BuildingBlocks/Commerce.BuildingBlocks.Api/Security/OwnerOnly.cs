using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Commerce.BuildingBlocks.Api.Security;

public static class OwnerOnly
{
    /// <summary>
    /// Customers reach only routes whose <c>{userName}</c> is their own; admins reach every user's.
    /// Another user's route answers 403 with the usual problem details.
    /// </summary>
    public static TBuilder RequireOwnerOrAdmin<TBuilder>(this TBuilder builder, string routeParameter = "userName")
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireOwnerOrAdmin(context => context.HttpContext.Request.RouteValues[routeParameter] as string);

    /// <summary>The same rule, with the owner named wherever the request names it (a body's <c>userName</c>).</summary>
    public static TBuilder RequireOwnerOrAdmin<TBuilder>(this TBuilder builder, Func<EndpointFilterInvocationContext, string?> ownerOf)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(Roles.Customer);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var owner = ownerOf(context) ?? string.Empty;
            return context.HttpContext.User.MayActFor(owner)
                ? await next(context)
                : AccessDenied.Problem($"This token may not act for user '{owner}'.");
        });
        return builder;
    }
}
