using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Domain.Addresses;

namespace Commerce.Users.UnitTests;

public class AddressBookTests
{
    private static readonly PostalAddress Paris = new("1 Rue de Rivoli", "Paris", "", "75001", "FR");

    [Fact]
    public void The_first_address_is_the_default_and_a_later_one_only_when_asked()
    {
        var book = new AddressBook([]);

        var home = book.Add(Guid.NewGuid(), "Home", Paris, makeDefault: false);
        var office = book.Add(Guid.NewGuid(), "Office", Paris, makeDefault: false);

        home.IsDefault.Should().BeTrue();
        office.IsDefault.Should().BeFalse();
        book.Default.Should().Be(home);
    }

    [Fact]
    public void Marking_another_default_leaves_exactly_one()
    {
        var book = new AddressBook([]);
        var home = book.Add(Guid.NewGuid(), "Home", Paris, makeDefault: false);
        var office = book.Add(Guid.NewGuid(), "Office", Paris, makeDefault: true);

        book.Addresses.Where(a => a.IsDefault).Should().ContainSingle().Which.Id.Should().Be(office.Id);
        book.Replace(home.Id, "Home", Paris, makeDefault: false);
        book.Default!.Id.Should().Be(office.Id, "replacing without isDefault leaves the default where it is");
    }

    [Fact]
    public void Removing_the_default_passes_it_to_the_oldest_one_left()
    {
        var book = new AddressBook([]);
        var first = book.Add(Guid.NewGuid(), "A", Paris, makeDefault: false);
        var second = book.Add(Guid.NewGuid(), "B", Paris, makeDefault: false);
        book.Add(Guid.NewGuid(), "C", Paris, makeDefault: false);

        book.Remove(first.Id);

        book.Default!.Id.Should().Be(second.Id);
    }

    [Fact]
    public void A_book_is_full_at_its_limit()
    {
        var book = new AddressBook([]);
        for (var i = 0; i < AddressBook.MaxAddresses; i++)
        {
            book.Add(Guid.NewGuid(), null, Paris, makeDefault: false);
        }

        var act = () => book.Add(Guid.NewGuid(), null, Paris, makeDefault: false);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("address_book_full");
    }

    [Fact]
    public void An_address_of_another_book_is_not_found()
    {
        var book = new AddressBook([]);

        FluentActions.Invoking(() => book.Remove(Guid.NewGuid())).Should().Throw<NotFoundException>().Which.Code.Should().Be("address_not_found");
    }
}
