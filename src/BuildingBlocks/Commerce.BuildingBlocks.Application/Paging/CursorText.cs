using System.Buffers.Text;
using System.Text.Json;
using Commerce.BuildingBlocks.Domain;

namespace Commerce.BuildingBlocks.Application.Paging;

/// <summary>How a list's position travels as an opaque cursor (base64url JSON), and how one that is not is refused.</summary>
public static class CursorText
{
    public const string InvalidCode = "invalid_cursor";

    /// <summary>Far longer than any cursor a list gives out; the validators refuse longer ones before decoding.</summary>
    public const int MaxLength = 1024;

    public static string Encode<T>(T position) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(position));

    /// <returns>The position, when <paramref name="text"/> decodes to one that <paramref name="isValid"/> accepts.</returns>
    public static T Decode<T>(string text, Func<T, bool> isValid)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(isValid);
        try
        {
            if (JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(text)) is { } position && isValid(position))
            {
                return position;
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException or OverflowException or ArgumentException)
        {
            // Refused below, like any other cursor this list did not give out.
        }

        throw new InvalidValueException(InvalidCode, "The cursor is not one this list gave out for these parameters; start again without it.");
    }

    /// <summary>A time as PostgreSQL keeps it (to the microsecond), so a cursor compares equal to the row it was taken from.</summary>
    public static DateTimeOffset ToMicroseconds(DateTimeOffset time) => new((time.UtcTicks + 5) / 10 * 10, TimeSpan.Zero);
}
