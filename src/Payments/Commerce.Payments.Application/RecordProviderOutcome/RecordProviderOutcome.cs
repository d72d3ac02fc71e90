using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Payments.Application.RecordProviderOutcome;

/// <summary>The provider's webhook, as received: verified, then applied to the payment it concerns, once.</summary>
/// <param name="Provider">Whose webhook route it came to; only the configured provider's is read.</param>
public sealed record RecordProviderOutcome(string Provider, string Payload, string? Signature) : ICommand<Unit>
{
    public override string ToString() => $"RecordProviderOutcome {{ Provider = {Provider}, Length = {Payload.Length} }}";
}
