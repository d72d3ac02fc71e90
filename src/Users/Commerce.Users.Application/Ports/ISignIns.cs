namespace Commerce.Users.Application.Ports;

/// <summary>What the shop's issuer holds of each sign-in: its authorization and the tokens it gave.</summary>
public interface ISignIns
{
    /// <summary>Revokes every authorization and token of the account: refresh tokens no longer refresh and access
    /// tokens are refused at their next request, on every node (the API checks each one's entry).</summary>
    Task EndAllAsync(Guid accountId, CancellationToken cancellationToken);
}
