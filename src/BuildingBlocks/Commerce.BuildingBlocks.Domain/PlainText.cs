using System.Text;

namespace Commerce.BuildingBlocks.Domain;

/// <summary>
/// What text a person typed may hold once it leaves us: in an email header or greeting, a line break starts a new
/// header or a new paragraph the shop seems to have written, and a bidirectional override makes "exe.png" read as
/// "gnp.exe". Names and address lines are one line (<see cref="IsOneLine"/>); longer free text may break lines but
/// holds no other control character (<see cref="IsPrintable"/>).
/// </summary>
public static class PlainText
{
    public static bool IsOneLine(string? value) => value is null || !value.Any(c => IsLineBreak(c) || IsHidden(c));

    public static bool IsPrintable(string? value) => value is null || !value.Any(c => IsHidden(c) && c is not '\t');

    /// <summary>The text as one line of at most <paramref name="maxLength"/> characters: every run of line breaks and
    /// control characters becomes one space, and a text cut short ends with an ellipsis.</summary>
    public static string ToOneLine(string? value, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var line = new StringBuilder(Math.Min(value?.Length ?? 0, maxLength + 1));
        foreach (var c in (value ?? string.Empty).Trim())
        {
            if (!IsLineBreak(c) && !IsHidden(c))
            {
                line.Append(c);
            }
            else if (line.Length > 0 && line[^1] != ' ')
            {
                line.Append(' ');
            }

            if (line.Length > maxLength)
            {
                return line.ToString(0, maxLength - 1) + "…";
            }
        }

        return line.ToString().TrimEnd();
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsHidden(char c) =>
        (char.IsControl(c) && !IsLineBreak(c)) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
