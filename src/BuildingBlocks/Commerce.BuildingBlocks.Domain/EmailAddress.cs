using System.Net.Mail;

namespace Commerce.BuildingBlocks.Domain;

/// <summary>
/// An address the shop may send mail to: one line, as <see cref="MailAddress"/> reads it with nothing left over (no
/// display name, no comment), on a host with a dot. Buyers and accounts are checked by this one rule.
/// </summary>
public static class EmailAddress
{
    /// <summary>The longest address SMTP carries (RFC 5321's path limit less its angle brackets).</summary>
    public const int MaxLength = 254;

    public const string InvalidCode = "invalid_email";

    /// <summary>The trimmed address; refused with <c>email_required</c>, <c>email_too_long</c>,
    /// <c>email_control_characters</c> or <see cref="InvalidCode"/>.</summary>
    public static string Required(string? value)
    {
        var address = OneLineText.Required(value, "email", MaxLength);
        return MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && parsed.Host.Contains('.', StringComparison.Ordinal)
            ? address
            : throw new InvalidValueException(InvalidCode, "The email address is not valid.");
    }
}
