using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Users.Application.Addresses;

namespace Commerce.Users.Application.ReplaceAddress;

public sealed record ReplaceAddress(
    string UserName, Guid AddressId, string? Label, string? Street, string? City, string? State, string? ZipCode, string? Country, bool IsDefault)
    : ICommand<AddressDto>, IAddressFields;
