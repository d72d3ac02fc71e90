using Commerce.BuildingBlocks.Domain;
using Commerce.Payments.Application.Ports;

namespace Commerce.Payments.Infrastructure.TestGateway;

/// <summary>The test provider decides at once and sends no webhooks: one sent here was meant for another setup.</summary>
internal sealed class NoProviderWebhooks : IProviderWebhooks
{
    public ProviderEvent? Read(string payload, string? signature) =>
        throw new DomainException("webhooks_not_configured", "This shop takes no provider webhooks: Payments:Provider is the test provider.");
}
