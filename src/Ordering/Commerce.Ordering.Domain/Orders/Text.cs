using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>
/// Trimmed, length-checked, one-line text values, refused with a code that names the value in the domain's words
/// (<c>{subject}_required</c>, <c>_too_long</c>, <c>_control_characters</c>; the API maps it to its field).
/// </summary>
internal static class Text
{
    /// <param name="subject">The value in the domain's words, snake_case: <c>first_name</c>, <c>street</c>.</param>
    public static string Required(string? value, string subject, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? throw new InvalidValueException($"{subject}_required", $"The {Words(subject)} is required.")
            : Optional(trimmed, subject, maxLength);
    }

    public static string Optional(string? value, string subject, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (!PlainText.IsOneLine(trimmed))
        {
            throw new InvalidValueException($"{subject}_control_characters", $"The {Words(subject)} must be one line of printable text.");
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new InvalidValueException($"{subject}_too_long", $"The {Words(subject)} must be at most {maxLength} characters.");
    }

    private static string Words(string subject) => subject.Replace('_', ' ');
}
