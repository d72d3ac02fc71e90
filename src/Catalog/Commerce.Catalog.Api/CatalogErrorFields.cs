using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Api.Errors;

namespace Commerce.Catalog.Api;

/// <summary>Where Catalog's domain error codes point in a product request (the main API's and the old shop's name them alike).</summary>
internal static class CatalogErrorFields
{
    public static readonly ErrorFields Products = new ErrorFields()
        .Code("invalid_sku", "sku").Code("invalid_image_file", "imageFile")
        .Text("name", "name").Text("description", "description").Text("category", "category")
        .Code("negative_price", "price").Code("invalid_price", "price").Code("unknown_currency", "currency")
        .Code(CursorText.InvalidCode, "cursor")
        .Code("invalid_tag", "tags").Code("too_many_tags", "tags")
        .Text("specification_name", "specifications").Text("specification_value", "specifications")
        .Code("too_many_specifications", "specifications").Code("duplicate_specification", "specifications");

    public static readonly ErrorFields Images = new ErrorFields()
        .Code("invalid_image_file_name", "fileName").Code("unsupported_image_type", "contentType").Code("invalid_image_order", "imageIds");

    public static readonly ErrorFields Reviews = new ErrorFields()
        .Code("invalid_rating", "rating").Text("review_title", "title").Text("review_text", "text").Text("hide_reason", "reason");
}
