using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;
using MediatR;

namespace Commerce.Users.Application.RemoveAddress;

internal sealed class RemoveAddressHandler(IAddressBooks books) : IRequestHandler<RemoveAddress, Unit>
{
    public async Task<Unit> Handle(RemoveAddress request, CancellationToken cancellationToken)
    {
        var id = AccountIds.Of(request.UserName);
        var book = await books.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Account", id);
        book.Remove(request.AddressId);
        await books.SaveAsync(id, book, cancellationToken);
        return Unit.Value;
    }
}
