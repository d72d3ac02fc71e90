using Commerce.BuildingBlocks.Domain;

namespace Commerce.Users.Domain.Addresses;

/// <summary>An address the holder keeps for checkout, with an optional label of their own ("Home", "Office").</summary>
public sealed record SavedAddress(Guid Id, string Label, PostalAddress Address, bool IsDefault)
{
    public const int MaxLabelLength = 50;

    public static string ValidLabel(string? label) => OneLineText.Optional(label, "label", MaxLabelLength);
}
