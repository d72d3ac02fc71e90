using Commerce.Users.Contracts;

namespace Commerce.Ordering.Infrastructure;

internal sealed class NoLocalAccounts : IAccountDirectory
{
    public Task<AccountBuyer?> FindBuyerAsync(string userName, Guid? shippingAddressId, CancellationToken cancellationToken) =>
        Task.FromResult<AccountBuyer?>(null);
}
