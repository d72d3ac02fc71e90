using Commerce.BuildingBlocks.Application.Paging;
using Commerce.BuildingBlocks.Api.Errors;

namespace Commerce.Ordering.Api;

/// <summary>Where each of Ordering's domain error codes points in a request, route by route.</summary>
internal static class OrderingErrorFields
{
    public static readonly ErrorFields Checkout = new ErrorFields()
        .Text("first_name", "buyer.firstName").Text("last_name", "buyer.lastName").Text("email", "buyer.email").Code("invalid_email", "buyer.email")
        .Text("street", "shippingAddress.street").Text("city", "shippingAddress.city").Text("state", "shippingAddress.state")
        .Text("zip_code", "shippingAddress.zipCode").Text("country", "shippingAddress.country")
        .Code("buyer_required", "buyer").Code("shipping_address_required", "shippingAddress").Code("unknown_address", "shippingAddressId");

    public static readonly ErrorFields Lists = new ErrorFields().Code(CursorText.InvalidCode, "cursor");

    public static readonly ErrorFields Transitions = new ErrorFields()
        .Code("invalid_tracking_number", "trackingNumber").Code("invalid_reason", "reason");

    /// <summary>The old shop's checkout names its fields flat, its address on one line, its payment method as it wrote it.</summary>
    public static readonly ErrorFields LegacyCheckout = new ErrorFields()
        .Text("first_name", "firstName").Text("last_name", "lastName").Text("email", "email").Code("invalid_email", "email")
        .Text("address", "address").Text("payment_method", "paymentMethod");
}
