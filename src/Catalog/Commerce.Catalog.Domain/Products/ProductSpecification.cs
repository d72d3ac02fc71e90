using Commerce.BuildingBlocks.Domain;

namespace Commerce.Catalog.Domain.Products;

/// <summary>One line of a product's specification sheet, e.g. <c>Weight: 180 g</c>.</summary>
public sealed record ProductSpecification
{
    public const int MaxNameLength = 60;
    public const int MaxValueLength = 200;

    private ProductSpecification()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public string Value { get; private set; } = string.Empty;

    public static ProductSpecification Create(string? name, string? value) => new()
    {
        Name = OneLineText.Required(name, "specification_name", MaxNameLength),
        Value = OneLineText.Required(value, "specification_value", MaxValueLength),
    };
}
