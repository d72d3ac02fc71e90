using Commerce.BuildingBlocks.Domain;

namespace Commerce.Ordering.Domain.Orders;

/// <summary>Trimmed, length-checked, one-line text fields, refused with the field's name.</summary>
internal static class Text
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? throw new InvalidValueException(field, "required", $"The {field} is required.")
            : Optional(trimmed, field, maxLength);
    }

    public static string Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (!PlainText.IsOneLine(trimmed))
        {
            throw new InvalidValueException(field, "control_characters", $"The {field} must be one line of printable text.");
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new InvalidValueException(field, "too_long", $"The {field} must be at most {maxLength} characters.");
    }
}
