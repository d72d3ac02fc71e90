using Commerce.BuildingBlocks.Domain;

namespace Commerce.Users.Domain.Addresses;

/// <summary>
/// An account's saved addresses. Exactly one is the default shipping address whenever there is any: the first one
/// saved, or the one last marked so; removing the default passes it to the oldest one left.
/// </summary>
public sealed class AddressBook
{
    public const int MaxAddresses = 20;

    private readonly List<SavedAddress> addresses;

    public AddressBook(IEnumerable<SavedAddress> addresses) => this.addresses = [.. addresses];

    public IReadOnlyList<SavedAddress> Addresses => addresses;

    public SavedAddress? Default => addresses.FirstOrDefault(a => a.IsDefault);

    public SavedAddress Add(Guid id, string? label, PostalAddress address, bool makeDefault)
    {
        if (addresses.Count >= MaxAddresses)
        {
            throw new DomainException("address_book_full", $"An account keeps at most {MaxAddresses} addresses; remove one first.");
        }

        var saved = new SavedAddress(id, SavedAddress.ValidLabel(label), address, IsDefault: false);
        addresses.Add(saved);
        return MarkDefault(saved.Id, makeDefault || addresses.Count == 1);
    }

    public SavedAddress Replace(Guid id, string? label, PostalAddress address, bool makeDefault)
    {
        var index = IndexOf(id);
        addresses[index] = addresses[index] with { Label = SavedAddress.ValidLabel(label), Address = address };
        return MarkDefault(id, makeDefault);
    }

    public void Remove(Guid id)
    {
        var removed = addresses[IndexOf(id)];
        addresses.Remove(removed);
        if (removed.IsDefault && addresses.Count > 0)
        {
            addresses[0] = addresses[0] with { IsDefault = true };
        }
    }

    public SavedAddress Find(Guid id) => addresses[IndexOf(id)];

    private SavedAddress MarkDefault(Guid id, bool makeDefault)
    {
        if (makeDefault)
        {
            for (var i = 0; i < addresses.Count; i++)
            {
                addresses[i] = addresses[i] with { IsDefault = addresses[i].Id == id };
            }
        }

        return Find(id);
    }

    private int IndexOf(Guid id)
    {
        var index = addresses.FindIndex(a => a.Id == id);
        return index >= 0 ? index : throw new NotFoundException("Address", id);
    }
}
