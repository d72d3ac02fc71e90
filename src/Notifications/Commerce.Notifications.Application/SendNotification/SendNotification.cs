using Commerce.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Commerce.Notifications.Application.SendNotification;

/// <summary>Renders the email for an integration event, sends it, and records it.</summary>
public sealed record SendNotification(object IntegrationEvent, string Recipient) : ICommand<Unit>;
