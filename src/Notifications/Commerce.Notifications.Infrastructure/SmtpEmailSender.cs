using System.Net;
using System.Net.Mail;
using Commerce.Notifications.Application.Emails;
using Commerce.Notifications.Application.Ports;

namespace Commerce.Notifications.Infrastructure;

/// <summary>System.Net.Mail: to an SMTP server, or as .eml files into a pickup folder (the same MIME a server would get).</summary>
internal sealed class SmtpEmailSender(EmailOptions options) : IEmailSender
{
    public async Task SendAsync(Email email, CancellationToken cancellationToken)
    {
        using var message = new MailMessage(options.From, email.To, email.Subject, email.Body);
        message.Headers.Add("Message-ID", $"<{email.MessageId}@commerce>");
        using var client = CreateClient();
        await client.SendMailAsync(message, cancellationToken);
    }

    private SmtpClient CreateClient()
    {
        if (options.SendsThroughSmtp)
        {
            return new SmtpClient(options.Host, options.Port)
            {
                EnableSsl = options.EnableSsl,
                Credentials = options.UserName is null ? null : new NetworkCredential(options.UserName, options.Password),
            };
        }

        var folder = Path.GetFullPath(options.PickupFolder);
        Directory.CreateDirectory(folder);
        return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
    }
}
