using Commerce.Users.Application.RegisterUser;
using Commerce.Users.Domain.Accounts;

namespace Commerce.Users.UnitTests;

public class RegisterUserValidatorTests
{
    private readonly RegisterUserValidator validator = new();

    [Fact]
    public void A_complete_sign_up_passes() =>
        validator.Validate(new RegisterUser("ada@example.com", new string('x', Passwords.MinLength), "Ada")).IsValid.Should().BeTrue();

    [Theory]
    [InlineData(Passwords.MinLength - 1)]
    [InlineData(Passwords.MaxLength + 1)]
    public void A_password_outside_the_length_rule_is_refused(int length) =>
        validator.Validate(new RegisterUser("ada@example.com", new string('x', length), "Ada")).Errors
            .Select(e => e.PropertyName).Should().Equal("Password");

    [Fact]
    public void Every_bad_field_is_named_at_once() =>
        validator.Validate(new RegisterUser("ada\n@example.com", "", "Ada\u202E")).Errors
            .Select(e => e.PropertyName).Distinct().Should().BeEquivalentTo(["Email", "Password", "Name"]);
}
