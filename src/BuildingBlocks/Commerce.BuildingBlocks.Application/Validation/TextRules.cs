using Commerce.BuildingBlocks.Domain;
using FluentValidation;

namespace Commerce.BuildingBlocks.Application.Validation;

/// <summary>The domain's text rules (<see cref="PlainText"/>, <see cref="UserName"/>) for validators, so a client learns every field at once.</summary>
public static class TextRules
{
    public static IRuleBuilderOptions<T, string?> OneLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(PlainText.IsOneLine).WithMessage("'{PropertyName}' must be one line of printable text.");

    /// <summary>An email address as <see cref="EmailAddress"/> takes it: short enough, shaped like one, one line.
    /// Empty passes; say NotEmpty where the address is required.</summary>
    public static IRuleBuilderOptions<T, string?> EmailAddressText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(EmailAddress.MaxLength).EmailAddress().OneLine();

    public static IRuleBuilderOptions<T, string?> ValidUserName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(UserName.IsValid).WithMessage($"'{{PropertyName}}' must be {UserName.Rule}.");
}
