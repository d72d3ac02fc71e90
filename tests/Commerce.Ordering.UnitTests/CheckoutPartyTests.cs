using Commerce.BuildingBlocks.Domain;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Domain.Orders;
using Commerce.Users.Contracts;

namespace Commerce.Ordering.UnitTests;

public class CheckoutPartyTests
{
    private static readonly AccountAddress Home = new("1 Home Road", "Leeds", "", "LS1", "UK");
    private static readonly BuyerInput Typed = new("Eve", "Intruder", "stranger@example.com");
    private static readonly AddressInput Inline = new("2 Typed Street", "York", null, "YO1", "UK");

    private sealed class Directory(AccountBuyer? buyer) : IAccountDirectory
    {
        public Guid? AskedFor { get; private set; }

        public Task<AccountBuyer?> FindBuyerAsync(string userName, Guid? shippingAddressId, CancellationToken cancellationToken)
        {
            AskedFor = shippingAddressId;
            return Task.FromResult(shippingAddressId is null || buyer is null ? buyer : buyer with { ShippingAddress = shippingAddressId == Guid.Empty ? null : buyer.ShippingAddress });
        }
    }

    private static PlaceOrder Order(BuyerInput? buyer = null, AddressInput? address = null, Guid? savedAddress = null, string? tokenEmail = null, bool byStaff = false) =>
        new("someone", buyer, address, new PaymentInput("pm_card_visa"), null, savedAddress, tokenEmail, byStaff);

    [Fact]
    public async Task An_account_orders_as_itself_to_its_default_address_whatever_the_body_says()
    {
        var party = new CheckoutParty(new Directory(new AccountBuyer("Ada King Lovelace", "ada@example.com", MayOrder: true, Home, EmailVerified: true)));

        var (buyer, address) = await party.ResolveAsync(Order(buyer: Typed), CancellationToken.None);

        buyer.Should().Be(new Buyer("Ada King", "Lovelace", "ada@example.com"));
        address.Street.Should().Be("1 Home Road");
    }

    [Fact]
    public async Task An_inline_address_wins_over_the_default_and_a_saved_one_is_looked_up_by_id()
    {
        var directory = new Directory(new AccountBuyer("Ada", "ada@example.com", MayOrder: true, Home, EmailVerified: true));
        var party = new CheckoutParty(directory);

        (await party.ResolveAsync(Order(address: Inline), CancellationToken.None)).Address.Street.Should().Be("2 Typed Street");
        var saved = Guid.NewGuid();
        (await party.ResolveAsync(Order(address: Inline, savedAddress: saved), CancellationToken.None)).Address.Street.Should().Be("1 Home Road");
        directory.AskedFor.Should().Be(saved);
        (await party.ResolveAsync(Order(), CancellationToken.None)).Buyer.Should().Be(new Buyer("Ada", "", "ada@example.com"));
    }

    [Fact]
    public async Task An_unverified_account_and_an_address_that_is_not_theirs_are_refused()
    {
        var unverified = new CheckoutParty(new Directory(new AccountBuyer("Ada", "ada@example.com", MayOrder: false, Home, EmailVerified: false)));
        var verified = new CheckoutParty(new Directory(new AccountBuyer("Ada", "ada@example.com", MayOrder: true, Home, EmailVerified: true)));

        (await unverified.Invoking(p => p.ResolveAsync(Order(address: Inline), CancellationToken.None)).Should().ThrowAsync<DomainException>())
            .Which.Code.Should().Be("email_not_verified");
        (await verified.Invoking(p => p.ResolveAsync(Order(savedAddress: Guid.Empty), CancellationToken.None)).Should().ThrowAsync<InvalidValueException>())
            .Which.Code.Should().Be("unknown_address");
    }

    [Fact]
    public async Task Anyone_else_names_themselves_and_their_tokens_email_wins()
    {
        var party = new CheckoutParty(new Directory(null));

        var (buyer, address) = await party.ResolveAsync(Order(buyer: Typed, address: Inline, tokenEmail: "eve@idp.example"), CancellationToken.None);

        buyer.Should().Be(new Buyer("Eve", "Intruder", "eve@idp.example"));
        buyer.Recipient().Should().Be("eve@idp.example");
        address.City.Should().Be("York");
        (await party.Invoking(p => p.ResolveAsync(Order(address: Inline), CancellationToken.None)).Should().ThrowAsync<InvalidValueException>())
            .Which.Code.Should().Be("buyer_required");
        (await party.Invoking(p => p.ResolveAsync(Order(buyer: Typed, savedAddress: Guid.NewGuid()), CancellationToken.None)).Should().ThrowAsync<InvalidValueException>())
            .Which.Code.Should().Be("unknown_address", "someone with no account has no saved addresses");
    }

    [Fact]
    public async Task An_address_only_typed_is_kept_and_never_mailed_unless_staff_entered_it()
    {
        var party = new CheckoutParty(new Directory(null));

        var typed = (await party.ResolveAsync(Order(buyer: Typed, address: Inline), CancellationToken.None)).Buyer;
        var byStaff = (await party.ResolveAsync(Order(buyer: Typed, address: Inline, byStaff: true), CancellationToken.None)).Buyer;

        typed.Email.Should().Be("stranger@example.com", "staff still see what the buyer typed");
        typed.Recipient().Should().BeNull("nobody proved the address, so the shop mails it nothing");
        byStaff.Recipient().Should().Be("stranger@example.com");
    }

    [Fact]
    public async Task An_account_is_mailed_at_its_address_only_once_verified()
    {
        var unverified = new CheckoutParty(new Directory(new AccountBuyer("Ada", "ada@example.com", MayOrder: true, Home, EmailVerified: false)));

        var buyer = (await unverified.ResolveAsync(Order(), CancellationToken.None)).Buyer;

        buyer.Email.Should().Be("ada@example.com");
        buyer.Recipient().Should().BeNull("a shop that lets unverified accounts order still mails only proved addresses");
    }
}
