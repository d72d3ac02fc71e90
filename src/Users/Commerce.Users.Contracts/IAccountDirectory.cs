namespace Commerce.Users.Contracts;

/// <summary>
/// What other contexts may read of an account: who checks out under a user name, and where they ship. Checkout takes
/// the buyer's name and address from here, so nobody makes the shop email a stranger.
/// </summary>
public interface IAccountDirectory
{
    /// <param name="userName">The name the API knows the holder by (the account id, a token's <c>sub</c>).</param>
    /// <param name="shippingAddressId">A saved address of theirs; null for their default one.</param>
    /// <returns>Null when the name is no account of this shop (another issuer's user, a development token).</returns>
    Task<AccountBuyer?> FindBuyerAsync(string userName, Guid? shippingAddressId, CancellationToken cancellationToken);
}

/// <param name="MayOrder">False while the address waits for its verification and the shop requires one
/// (<c>Users:RequireVerifiedEmail</c>, on outside Development).</param>
/// <param name="ShippingAddress">The saved address asked for, or the default one; null when there is no such address.</param>
/// <param name="EmailVerified">The address answered its verification code: only then is it mailed about orders.</param>
public sealed record AccountBuyer(string Name, string Email, bool MayOrder, AccountAddress? ShippingAddress, bool EmailVerified);

public sealed record AccountAddress(string Street, string City, string State, string ZipCode, string Country);
