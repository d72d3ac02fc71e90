using Commerce.Users.Domain.Addresses;

namespace Commerce.Users.Application.Ports;

/// <summary>Each account's saved addresses, stored with the account.</summary>
public interface IAddressBooks
{
    /// <summary>The account's address book; null when there is no such account.</summary>
    Task<AddressBook?> FindAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Stores the whole book; a change committed since it was read is a conflict, not overwritten.</summary>
    Task SaveAsync(Guid accountId, AddressBook book, CancellationToken cancellationToken);
}
