using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.Payments.Application.GetPayment;
using Commerce.Payments.Application.Payments;
using Commerce.Payments.Application.RecordProviderOutcome;
using Commerce.Payments.Application.RefundPayment;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Payments.Api;

public static class PaymentsEndpoints
{
    public const string PaymentsRoute = "/api/v1/payments";

    public static IEndpointRouteBuilder MapPaymentsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/orders/{orderId:guid}/refunds", RefundOrder).WithTags("Payments").WithName(nameof(RefundOrder))
            .WithSummary("Admin: give back part or all of a captured payment, with a reason; all refunds together never exceed what was captured. Send an Idempotency-Key to retry safely.")
            .RequireAuthorization(Roles.Admin).MapsErrors(new ErrorFields().Code("invalid_refund_amount", "amount").Code("invalid_reason", "reason"))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        var payments = app.MapGroup(PaymentsRoute).WithTags("Payments");
        payments.MapGet("/{orderId:guid}", GetPayment).WithName(nameof(GetPayment))
            .WithSummary("Admin: an order's payment, with every change and the provider's reference for it.")
            .RequireAuthorization(Roles.Admin).ProducesProblem(StatusCodes.Status404NotFound);
        payments.MapPost("/webhooks/stripe", ReceiveStripeWebhook).WithName(nameof(ReceiveStripeWebhook))
            .WithSummary("Stripe's webhook: accepted only with a valid Stripe-Signature; each event applied once.")
            .AllowAnonymous().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        payments.MapPost("/webhooks/test", ReceiveTestProviderWebhook).WithName(nameof(ReceiveTestProviderWebhook))
            .WithSummary("The test provider's webhook (Payments:Provider=Test): how a 3-D Secure challenge ended, "
                + "{\"id\": \"evt_…\", \"paymentIntent\": \"pi_test_…\", \"challenge\": \"passed\" | \"failed\"}; 422 under any other provider.")
            .AllowAnonymous().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<Ok<PaymentRecordDto>> RefundOrder(
        Guid orderId, RefundRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RefundPayment(orderId, body.Amount, body.Reason, idempotencyKey), cancellationToken));

    private static async Task<Ok<PaymentRecordDto>> GetPayment(Guid orderId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPayment(orderId), cancellationToken));

    private static Task<NoContent> ReceiveStripeWebhook(
        HttpRequest request, [FromHeader(Name = "Stripe-Signature")] string? signature, IMediator mediator, CancellationToken cancellationToken) =>
        ReceiveWebhookAsync("stripe", request, signature, mediator, cancellationToken);

    private static Task<NoContent> ReceiveTestProviderWebhook(HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        ReceiveWebhookAsync("test", request, null, mediator, cancellationToken);

    private static async Task<NoContent> ReceiveWebhookAsync(string provider, HttpRequest request, string? signature, IMediator mediator, CancellationToken cancellationToken)
    {
        // A signature covers the exact bytes sent: the body is read as is, never re-serialized.
        using var reader = new StreamReader(request.Body);
        var payload = await reader.ReadToEndAsync(cancellationToken);
        await mediator.Send(new RecordProviderOutcome(provider, payload, signature), cancellationToken);
        return TypedResults.NoContent();
    }
}

public sealed record RefundRequest(decimal? Amount, string? Reason);
