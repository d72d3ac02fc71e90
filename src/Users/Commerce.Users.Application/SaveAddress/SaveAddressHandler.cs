using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Addresses;
using Commerce.Users.Application.Ports;
using MediatR;

namespace Commerce.Users.Application.SaveAddress;

internal sealed class SaveAddressHandler(IAddressBooks books) : IRequestHandler<SaveAddress, AddressDto>
{
    public async Task<AddressDto> Handle(SaveAddress request, CancellationToken cancellationToken)
    {
        var id = AccountIds.Of(request.UserName);
        var book = await books.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Account", id);
        var saved = book.Add(Guid.CreateVersion7(), request.Label, AddressFieldsValidator<SaveAddress>.ToAddress(request), request.IsDefault);
        await books.SaveAsync(id, book, cancellationToken);
        return AddressDto.From(saved);
    }
}
