using System.Net;
using System.Net.Sockets;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Notifications.Application.Emails;
using Commerce.Notifications.Infrastructure;
using MimeKit;

namespace Commerce.Notifications.UnitTests;

public sealed class MailKitEmailSenderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "commerce-mail-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_pickup_folder_gets_one_standard_message_per_email_and_a_retry_overwrites_it()
    {
        var sender = new MailKitEmailSender(new EmailOptions { Delivery = EmailOptions.Pickup, PickupFolder = folder, From = "shop@example.com" });
        var email = new Email(Guid.NewGuid(), "ada@example.com", "Your order ABCD1234 is confirmed", "Hello Ada,\n\nEvery item is reserved.\n");

        await sender.SendAsync(email, CancellationToken.None);
        await sender.SendAsync(email, CancellationToken.None);

        var file = Directory.GetFiles(folder).Should().ContainSingle().Subject;
        using var message = await MimeMessage.LoadAsync(file);
        message.MessageId.Should().Be($"{email.MessageId}@commerce");
        message.To.Mailboxes.Single().Address.Should().Be("ada@example.com");
        message.From.Mailboxes.Single().Address.Should().Be("shop@example.com");
        message.Subject.Should().Be(email.Subject);
        message.TextBody!.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(email.Body);
    }

    /// <summary>A server that takes the connection and never says a word: the send ends at its timeout, as a failure
    /// the messaging retries for as long as it takes.</summary>
    [Fact]
    public async Task A_server_that_never_answers_ends_the_try_at_the_send_timeout_as_a_dependency_that_is_away()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var sender = new MailKitEmailSender(new EmailOptions
        {
            Delivery = EmailOptions.Smtp, Host = "127.0.0.1", Port = port, EnableSsl = false, SendTimeout = TimeSpan.FromMilliseconds(300),
        });

        var send = () => sender.SendAsync(new Email(Guid.NewGuid(), "ada@example.com", "Hello", "Hello\n"), CancellationToken.None);

        var failure = (await send.Should().ThrowAsync<Exception>()).Which;
        MessageFailures.IsTransient(failure).Should().BeTrue(failure.ToString());
    }

    [Fact]
    public async Task A_server_that_refuses_the_connection_is_a_dependency_that_is_away()
    {
        var sender = new MailKitEmailSender(new EmailOptions { Delivery = EmailOptions.Smtp, Host = "127.0.0.1", Port = 9, EnableSsl = false });

        var send = () => sender.SendAsync(new Email(Guid.NewGuid(), "ada@example.com", "Hello", "Hello\n"), CancellationToken.None);

        MessageFailures.IsTransient((await send.Should().ThrowAsync<Exception>()).Which).Should().BeTrue();
    }
}
