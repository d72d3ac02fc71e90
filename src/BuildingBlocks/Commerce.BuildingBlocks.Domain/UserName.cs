using System.Text.RegularExpressions;

namespace Commerce.BuildingBlocks.Domain;

/// <summary>
/// The name a token's user goes by (its <c>sub</c> or configured name claim): the key of a basket and the owner of an
/// order, so every context checks it by this one rule.
/// </summary>
public static partial class UserName
{
    public const int MaxLength = 64;

    public const string Rule = "1 to 64 letters, digits, '.', '_', '-' or '@'";

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex Pattern();
}
