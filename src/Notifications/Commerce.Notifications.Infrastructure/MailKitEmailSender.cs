using System.Net.Sockets;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.Notifications.Application.Emails;
using Commerce.Notifications.Application.Ports;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace Commerce.Notifications.Infrastructure;

/// <summary>
/// MailKit: to an SMTP server, or as .eml files into a pickup folder (the very MIME a server would get). A server that
/// is away, slow or answers "try later" (4xx) is a <see cref="DependencyUnavailableException"/>, retried for as long as
/// it takes; a permanent refusal (5xx) is not, and ends as a dead letter after a few tries.
/// </summary>
internal sealed class MailKitEmailSender(EmailOptions options) : IEmailSender
{
    public async Task SendAsync(Email email, CancellationToken cancellationToken)
    {
        using var message = MessageOf(email);
        if (!options.SendsThroughSmtp)
        {
            await WriteToPickupFolderAsync(message, email.MessageId, cancellationToken);
            return;
        }

        using var client = new SmtpClient { Timeout = (int)options.SendTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, Security(), cancellationToken);
            if (options.UserName is not null)
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is SocketException or IOException or TimeoutException or SmtpProtocolException
            or ServiceNotConnectedException or SmtpCommandException { StatusCode: < (SmtpStatusCode)500 })
        {
            throw new DependencyUnavailableException("The SMTP server", exception);
        }
    }

    private MimeMessage MessageOf(Email email)
    {
        var message = new MimeMessage
        {
            MessageId = $"{email.MessageId}@commerce",
            Subject = email.Subject,
            Body = new TextPart(TextFormat.Plain) { Text = email.Body, ContentTransferEncoding = ContentEncoding.QuotedPrintable },
        };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        return message;
    }

    private SecureSocketOptions Security() =>
        !options.EnableSsl ? SecureSocketOptions.None : options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;

    /// <summary>One file per message id, written whole then moved into place: a retry overwrites, a reader never sees half.</summary>
    private async Task WriteToPickupFolderAsync(MimeMessage message, Guid messageId, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.PickupFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{messageId:N}.eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
