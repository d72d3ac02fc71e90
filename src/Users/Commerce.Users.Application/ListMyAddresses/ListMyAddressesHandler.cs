using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Addresses;
using Commerce.Users.Application.Ports;
using MediatR;

namespace Commerce.Users.Application.ListMyAddresses;

internal sealed class ListMyAddressesHandler(IAddressBooks books) : IRequestHandler<ListMyAddresses, IReadOnlyList<AddressDto>>
{
    public async Task<IReadOnlyList<AddressDto>> Handle(ListMyAddresses request, CancellationToken cancellationToken)
    {
        var id = AccountIds.Of(request.UserName);
        var book = await books.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Account", id);
        return [.. book.Addresses.Select(AddressDto.From)];
    }
}
