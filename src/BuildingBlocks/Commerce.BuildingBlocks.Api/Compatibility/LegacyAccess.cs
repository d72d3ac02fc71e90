using Commerce.BuildingBlocks.Api.Security;
using Microsoft.AspNetCore.Builder;

namespace Commerce.BuildingBlocks.Api.Compatibility;

/// <summary>
/// Who may call an old route: the main API's rules (bearer token; writes admin; a user's basket and orders owner or
/// admin), unless <see cref="CompatibilityOptions.AllowAnonymous"/> brings back the old shop's "anyone may do
/// anything".
/// </summary>
public static class LegacyAccess
{
    public static TBuilder ForAdmins<TBuilder>(this TBuilder builder, CompatibilityOptions options)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AllowAnonymous ? builder : builder.RequireAuthorization(Roles.Admin);
    }

    /// <summary>The owner is the route's <c>{userName}</c>.</summary>
    public static TBuilder ForOwnerOrAdmins<TBuilder>(this TBuilder builder, CompatibilityOptions options)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AllowAnonymous ? builder : builder.RequireOwnerOrAdmin();
    }

    /// <summary>The owner is named in the request body (the old shop's basket and checkout carry <c>userName</c>).</summary>
    public static TBuilder ForOwnerOrAdmins<TBuilder, TBody>(this TBuilder builder, CompatibilityOptions options, Func<TBody, string?> ownerOf)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AllowAnonymous ? builder : builder.RequireOwnerOrAdmin(context => context.Arguments.OfType<TBody>().Select(ownerOf).FirstOrDefault());
    }
}
