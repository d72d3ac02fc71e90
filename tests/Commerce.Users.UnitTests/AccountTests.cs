using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Domain.Accounts;

namespace Commerce.Users.UnitTests;

public class AccountTests
{
    private static Account AccountWith(AccountStatus status = AccountStatus.Active, string stamp = "stamp-1", params string[] roles) =>
        new(Guid.CreateVersion7(), "ada@example.com", "Ada", status, EmailVerified: false, roles, stamp);

    [Fact]
    public void A_sign_in_holds_while_the_stamp_is_the_one_it_was_made_with() =>
        AccountWith(stamp: "stamp-1").StillSignedIn("stamp-1").Should().BeTrue();

    [Theory]
    [InlineData("stamp-2")]
    [InlineData("STAMP-1")]
    [InlineData("")]
    [InlineData(null)]
    public void A_sign_in_made_with_another_stamp_has_ended(string? stampAtSignIn) =>
        AccountWith(stamp: "stamp-1").StillSignedIn(stampAtSignIn).Should().BeFalse();

    [Fact]
    public void A_disabled_account_neither_signs_in_nor_stays_signed_in()
    {
        var account = AccountWith(AccountStatus.Disabled, "stamp-1");

        account.MaySignIn.Should().BeFalse();
        account.StillSignedIn("stamp-1").Should().BeFalse();
    }

    [Fact]
    public void The_user_name_the_shop_knows_is_the_id_and_passes_the_shared_user_name_rule()
    {
        var account = AccountWith();

        account.UserName.Should().Be(account.Id.ToString());
        UserName.IsValid(account.UserName).Should().BeTrue();
    }

    [Fact]
    public void Staff_are_the_accounts_with_the_admin_role()
    {
        AccountWith(roles: Account.AdminRole).IsAdmin.Should().BeTrue();
        AccountWith(roles: "Admin").IsAdmin.Should().BeFalse("role names are exact");
        AccountWith().IsAdmin.Should().BeFalse();
    }

    [Theory]
    [InlineData("", "name_required")]
    [InlineData("Eve\r\nBcc: victim@example.com", "name_control_characters")]
    public void A_display_name_is_one_line_of_text(string name, string code) =>
        FluentActions.Invoking(() => Account.ValidDisplayName(name)).Should().Throw<InvalidValueException>().Which.Code.Should().Be(code);

    [Fact]
    public void A_display_name_is_trimmed_and_bounded()
    {
        Account.ValidDisplayName("  Ada  ").Should().Be("Ada");
        FluentActions.Invoking(() => Account.ValidDisplayName(new string('a', Account.MaxDisplayNameLength + 1)))
            .Should().Throw<InvalidValueException>().Which.Code.Should().Be("name_too_long");
    }
}
