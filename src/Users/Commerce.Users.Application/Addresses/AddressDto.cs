using Commerce.Users.Domain.Addresses;

namespace Commerce.Users.Application.Addresses;

public sealed record AddressDto(Guid Id, string Label, string Street, string City, string State, string ZipCode, string Country, bool IsDefault)
{
    public static AddressDto From(SavedAddress saved) => new(
        saved.Id, saved.Label, saved.Address.Street, saved.Address.City, saved.Address.State, saved.Address.ZipCode, saved.Address.Country, saved.IsDefault);
}

/// <summary>An address as a client sends it, to save or to replace; <see cref="AddressFieldsValidator{T}"/> holds its rule.</summary>
public interface IAddressFields
{
    string? Label { get; }

    string? Street { get; }

    string? City { get; }

    string? State { get; }

    string? ZipCode { get; }

    string? Country { get; }

    bool IsDefault { get; }
}
