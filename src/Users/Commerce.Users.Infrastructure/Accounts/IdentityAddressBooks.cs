using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Ports;
using Commerce.Users.Domain.Addresses;
using Commerce.Users.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Users.Infrastructure.Accounts;

/// <summary>The address book lives on the account's row, so it is saved under the row's concurrency stamp.</summary>
internal sealed class IdentityAddressBooks(UserManager<UserAccount> users) : IAddressBooks
{
    public async Task<AddressBook?> FindAsync(Guid accountId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(accountId.ToString()) is { } account
            ? new AddressBook(account.Addresses.Select(a =>
                new SavedAddress(a.Id, a.Label, new PostalAddress(a.Street, a.City, a.State, a.ZipCode, a.Country), a.IsDefault)))
            : null;

    public async Task SaveAsync(Guid accountId, AddressBook book, CancellationToken cancellationToken)
    {
        // The row this scope read (Identity's store tracks it): its concurrency stamp is the one the book was read at.
        var account = await IdentityRows.FindAsync(users, accountId);
        account.Addresses = [.. book.Addresses.Select(a => new AddressRow
        {
            Id = a.Id, Label = a.Label, Street = a.Address.Street, City = a.Address.City, State = a.Address.State,
            ZipCode = a.Address.ZipCode, Country = a.Address.Country, IsDefault = a.IsDefault,
        })];
        var result = await users.UpdateAsync(account);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConflictException("concurrent_update", "The address book changed meanwhile; read it again and retry.");
        }

        IdentityRows.Succeeded(result, "Saving an address book");
    }
}
