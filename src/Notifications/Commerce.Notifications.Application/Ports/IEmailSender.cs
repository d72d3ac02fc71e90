using Commerce.Notifications.Application.Emails;

namespace Commerce.Notifications.Application.Ports;

/// <summary>Hands an email to a mail server (SMTP) or, in development, to a folder of .eml files.</summary>
public interface IEmailSender
{
    Task SendAsync(Email email, CancellationToken cancellationToken);
}
