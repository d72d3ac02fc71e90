using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Domain.Accounts;
using FluentValidation;

namespace Commerce.Users.Application.Accounts;

public static class AccountCodes
{
    public const string InvalidCode = "invalid_code";

    /// <summary>One answer for an unknown address, a wrong or expired code and a locked account: none tells which.</summary>
    public static InvalidValueException Refused() =>
        new(InvalidCode, "The code is wrong or has expired; ask for a new one.");

    public static IRuleBuilderOptions<T, string?> ValidCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Length(OneTimeCode.Length).Matches("^[0-9]+$").WithMessage("'{PropertyName}' must be the digits sent by email.");
}
