using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Payments.Application.RecordProviderOutcome;

/// <summary>The provider's webhook, as received: verified, then applied to the payment it concerns, once.</summary>
public sealed record RecordProviderOutcome(string Payload, string? Signature) : ICommand<Unit>
{
    public override string ToString() => $"RecordProviderOutcome {{ Length = {Payload.Length} }}";
}
