using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Domain.Orders;
using Commerce.Users.Contracts;

namespace Commerce.Ordering.Application.PlaceOrder;

/// <summary>
/// Who an order is for and where it ships. An account of this shop checks out as itself: its name and email, a saved
/// address (the one asked for, an inline one, or its default), and only once its address is verified where the shop
/// requires that; the shop mails its address once verified. Anyone else (another issuer's user) names themselves, with the
/// email of their token when it has one; an address they only typed is kept and never mailed, unless staff entered it.
/// </summary>
public sealed class CheckoutParty(IAccountDirectory accounts)
{
    public async Task<(Buyer Buyer, ShippingAddress Address)> ResolveAsync(PlaceOrder request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindBuyerAsync(request.UserName, request.ShippingAddressId, cancellationToken);
        if (account is null)
        {
            return request.ShippingAddressId is null
                ? (Named(request.Buyer, request.TokenEmail, request.EnteredByStaff), Inline(request.ShippingAddress ?? throw Missing("shipping_address_required", "shippingAddress")))
                : throw UnknownAddress();
        }

        if (!account.MayOrder)
        {
            throw new DomainException("email_not_verified", "Verify your email address (the code emailed at sign-up) before checking out.");
        }

        var buyer = Buyer.ForAccount(account.Name, account.Email, account.EmailVerified);
        return request switch
        {
            { ShippingAddressId: not null } => (buyer, Saved(account.ShippingAddress ?? throw UnknownAddress())),
            { ShippingAddress: { } inline } => (buyer, Inline(inline)),
            _ => (buyer, Saved(account.ShippingAddress ?? throw Missing("shipping_address_required", "shippingAddress or shippingAddressId"))),
        };
    }

    private static Buyer Named(BuyerInput? buyer, string? tokenEmail, bool enteredByStaff)
    {
        _ = buyer ?? throw Missing("buyer_required", "buyer");
        return Buyer.Create(buyer.FirstName, buyer.LastName, tokenEmail ?? buyer.Email, emailProven: tokenEmail is not null || enteredByStaff);
    }

    private static ShippingAddress Inline(AddressInput address) =>
        ShippingAddress.Create(address.Street, address.City, address.State, address.ZipCode, address.Country);

    private static ShippingAddress Saved(AccountAddress address) =>
        ShippingAddress.Create(address.Street, address.City, address.State, address.ZipCode, address.Country);

    private static InvalidValueException Missing(string code, string what) => new(code, $"'{what}' must be given.");

    private static InvalidValueException UnknownAddress() =>
        new("unknown_address", "'shippingAddressId' is none of your saved addresses.");
}
