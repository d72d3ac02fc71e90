using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Addresses;
using Commerce.Users.Application.Ports;
using MediatR;

namespace Commerce.Users.Application.ReplaceAddress;

internal sealed class ReplaceAddressHandler(IAddressBooks books) : IRequestHandler<ReplaceAddress, AddressDto>
{
    public async Task<AddressDto> Handle(ReplaceAddress request, CancellationToken cancellationToken)
    {
        var id = AccountIds.Of(request.UserName);
        var book = await books.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Account", id);
        var saved = book.Replace(request.AddressId, request.Label, AddressFieldsValidator<ReplaceAddress>.ToAddress(request), request.IsDefault);
        await books.SaveAsync(id, book, cancellationToken);
        return AddressDto.From(saved);
    }
}
