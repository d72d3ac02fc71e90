using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Payments.Application.RenewAuthorization;

/// <summary>
/// An authorization nears its end (<see cref="PaymentsOptions.AuthorizationRenewalLead"/> before it) or reached it:
/// renewed at the provider where it can be, else the payment expires once its time has come.
/// </summary>
/// <param name="ExpiresAt">The end of the authorization this was scheduled for: a renewed one has another, and the message changes nothing.</param>
public sealed record RenewAuthorization(Guid OrderId, DateTimeOffset ExpiresAt) : ICommand<Unit>;

/// <summary>Scheduled with every authorization a provider holds.</summary>
public sealed record AuthorizationRenewalDue(Guid OrderId, DateTimeOffset ExpiresAt);
