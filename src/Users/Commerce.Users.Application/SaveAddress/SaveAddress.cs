using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Users.Application.Addresses;

namespace Commerce.Users.Application.SaveAddress;

/// <summary>The caller keeps a new address; the first one, or one marked so, is the default shipping address.</summary>
public sealed record SaveAddress(
    string UserName, string? Label, string? Street, string? City, string? State, string? ZipCode, string? Country, bool IsDefault)
    : ICommand<AddressDto>, IAddressFields;
