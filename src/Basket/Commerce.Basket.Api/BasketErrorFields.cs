using Commerce.BuildingBlocks.Api.Errors;

namespace Commerce.Basket.Api;

/// <summary>Where Basket's domain error codes point in a basket request.</summary>
internal static class BasketErrorFields
{
    public static readonly ErrorFields Baskets = new ErrorFields()
        .Code("invalid_user_name", "userName").Code("invalid_color", "color").Code("invalid_quantity", "quantity");
}
