using Commerce.Users.Application.Ports;
using Commerce.Users.Contracts;

namespace Commerce.Users.Application.AccountDirectory;

internal sealed class AccountDirectory(IAccounts accounts, IAddressBooks books, UsersOptions options) : IAccountDirectory
{
    public async Task<AccountBuyer?> FindBuyerAsync(string userName, Guid? shippingAddressId, CancellationToken cancellationToken)
    {
        if (!AccountNames.TryParse(userName, out var id) || await accounts.FindAsync(id, cancellationToken) is not { MaySignIn: true } account)
        {
            return null;
        }

        var book = await books.FindAsync(id, cancellationToken);
        var saved = shippingAddressId is { } wanted
            ? book?.Addresses.FirstOrDefault(a => a.Id == wanted)
            : book?.Addresses.FirstOrDefault(a => a.IsDefault);
        var address = saved?.Address is { } a ? new AccountAddress(a.Street, a.City, a.State, a.ZipCode, a.Country) : null;
        return new AccountBuyer(account.DisplayName, account.Email, account.EmailVerified || !options.RequireVerifiedEmail, address, account.EmailVerified);
    }
}
