namespace Commerce.BuildingBlocks.Api.Security;

/// <summary>Roles and the authorization policies named after them.</summary>
public static class Roles
{
    /// <summary>Staff: catalog and inventory writes, shipping, every basket and order.</summary>
    public const string Admin = "admin";

    /// <summary>A shopper: their own basket and orders. Any authenticated caller qualifies.</summary>
    public const string Customer = "customer";
}
