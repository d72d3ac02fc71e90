using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Users.Application.Addresses;

namespace Commerce.Users.Application.ListMyAddresses;

public sealed record ListMyAddresses(string UserName) : IQuery<IReadOnlyList<AddressDto>>;
