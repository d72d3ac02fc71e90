namespace Commerce.BuildingBlocks.Domain;

/// <summary>
/// A trimmed, length-checked value of one line of printable text (a name, an address line), refused with a code that
/// names the value in the domain's words: <c>{subject}_required</c>, <c>{subject}_too_long</c>,
/// <c>{subject}_control_characters</c>. The API maps each code to its route's field.
/// </summary>
public static class OneLineText
{
    public const string RequiredFault = "required";
    public const string TooLongFault = "too_long";
    public const string ControlCharactersFault = "control_characters";

    /// <summary>The faults a one-line value is refused for, as they end its codes.</summary>
    public static readonly IReadOnlyList<string> Faults = [RequiredFault, TooLongFault, ControlCharactersFault];

    /// <param name="subject">The value in the domain's words, snake_case: <c>first_name</c>, <c>street</c>.</param>
    public static string Required(string? value, string subject, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? throw new InvalidValueException($"{subject}_{RequiredFault}", $"The {Words(subject)} is required.")
            : Optional(trimmed, subject, maxLength);
    }

    /// <returns>The trimmed value; empty when none was given.</returns>
    public static string Optional(string? value, string subject, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (!PlainText.IsOneLine(trimmed))
        {
            throw new InvalidValueException($"{subject}_{ControlCharactersFault}", $"The {Words(subject)} must be one line of printable text.");
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new InvalidValueException($"{subject}_{TooLongFault}", $"The {Words(subject)} must be at most {maxLength} characters.");
    }

    private static string Words(string subject) => subject.Replace('_', ' ');
}
