using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Inventory.Contracts;
using Commerce.Notifications.Application.Emails;
using Commerce.Notifications.Application.Ports;
using Commerce.Notifications.Application.SendNotification;
using Commerce.Notifications.Domain.Notifications;
using Commerce.Ordering.Contracts;
using Commerce.Payments.Contracts;
using Commerce.Users.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Notifications.UnitTests;

public class SendNotificationTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UnixEpoch);
    private readonly Mailbox mailbox = new();
    private readonly Records records = new();

    private SendNotificationHandler Handler() => new(mailbox, records, clock);

    private static readonly OrderShipped Shipped = new(Guid.NewGuid(), "ada@example.com", "TRACK-9", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task An_event_is_sent_once_and_recorded_as_sent()
    {
        await Handler().Handle(new SendNotification(Shipped, "ada@example.com"), CancellationToken.None);
        await Handler().Handle(new SendNotification(Shipped, "ada@example.com"), CancellationToken.None);

        mailbox.Sent.Should().ContainSingle().Which.Body.Should().Contain("TRACK-9");
        records.Saved.Values.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = NotificationKind.OrderShipped, Status = NotificationStatus.Sent, Attempts = 1, Shipped.OrderId, Recipient = "ada@example.com",
        });
    }

    [Fact]
    public async Task A_failed_send_is_recorded_at_once_and_rethrown_so_the_message_is_retried()
    {
        mailbox.Failing = true;

        var act = () => Handler().Handle(new SendNotification(Shipped, "ada@example.com"), CancellationToken.None);

        await act.Should().ThrowAsync<InvalidOperationException>();
        await act.Should().ThrowAsync<InvalidOperationException>();
        records.SavedNow.Values.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Status = NotificationStatus.Failed, Attempts = 2, LastError = "mail server down" });
        records.Saved.Should().BeEmpty("nothing is saved with the unit of work that failed");
    }

    /// <summary>Anyone can sign up (or ask for a reset) with anyone's address: what they typed must not reach that mailbox.</summary>
    [Fact]
    public void An_email_with_a_code_carries_no_text_the_caller_chose()
    {
        const string Bait = "WIN A PRIZE: visit http://evil.example/claim now";

        var verification = EmailTemplates.For(new EmailVerificationRequested(Guid.NewGuid(), "victim@example.com", Bait, "042917", DateTimeOffset.UnixEpoch));
        var reset = EmailTemplates.For(new PasswordResetRequested(Guid.NewGuid(), "victim@example.com", Bait, "771204", DateTimeOffset.UnixEpoch));

        verification.Body.Should().NotContain("evil.example").And.Contain("042917");
        reset.Body.Should().NotContain("evil.example").And.Contain("771204");
        (verification.Subject + reset.Subject).Should().NotContain("evil.example");
    }

    [Fact]
    public async Task A_code_is_in_the_body_only_never_in_the_recorded_subject()
    {
        var verification = new EmailVerificationRequested(Guid.NewGuid(), "ada@example.com", "Ada\r\nBcc: eve@example.com", "042917", DateTimeOffset.UnixEpoch);
        var reset = new PasswordResetRequested(Guid.NewGuid(), "ada@example.com", "Ada", "771204", DateTimeOffset.UnixEpoch);

        await Handler().Handle(new SendNotification(verification, "ada@example.com"), CancellationToken.None);
        await Handler().Handle(new SendNotification(reset, "ada@example.com"), CancellationToken.None);

        mailbox.Sent.Select(m => m.Body).Should().SatisfyRespectively(
            body => body.Should().Contain("042917").And.NotContain("\r\nBcc"),
            body => body.Should().Contain("771204"));
        records.Saved.Values.Select(r => r.Subject).Should().NotContain(subject => subject.Contains("042917") || subject.Contains("771204"));
        records.Saved.Values.Select(r => r.Kind).Should().BeEquivalentTo([NotificationKind.EmailVerification, NotificationKind.PasswordResetCode]);
    }

    [Fact]
    public void Templates_carry_what_the_reader_needs()
    {
        var cancelled = new OrderCancelled(Guid.NewGuid(), "a@b.co", "Not enough stock: Lamp (ordered 3, available 1)", DateTimeOffset.UnixEpoch);
        EmailTemplates.For(cancelled).Body.Should().Contain("Not enough stock: Lamp");

        var placed = new OrderPlaced(Guid.NewGuid(), "ada", "Ada L", "a@b.co", [new OrderedProduct(Guid.NewGuid(), "Lamp", 12.5m, 2)], 25m, "EUR", DateTimeOffset.UnixEpoch);
        EmailTemplates.For(placed).Body.Should().Contain("2 x Lamp at 12.50 EUR").And.Contain("Total: 25.00 EUR");

        var low = new LowStock(Guid.NewGuid(), "Lamp", 1, 3, DateTimeOffset.UnixEpoch);
        var (kind, orderId, subject, _) = EmailTemplates.For(low);
        (kind, orderId, subject).Should().Be((NotificationKind.LowStock, (Guid?)null, "Low stock: Lamp"));
    }

    [Fact]
    public void A_declined_payment_and_a_refund_each_have_their_email()
    {
        var declined = new OrderCancelled(Guid.NewGuid(), "a@b.co", "The payment was declined (card_declined).", DateTimeOffset.UnixEpoch, "payment_declined");
        var (kind, _, subject, body) = EmailTemplates.For(declined);
        kind.Should().Be(NotificationKind.PaymentDeclined);
        subject.Should().Contain("payment").And.Contain("declined");
        body.Should().Contain("nothing was charged");

        var refund = new RefundIssued(Guid.NewGuid(), new PaymentStanding(5, "PartiallyRefunded", 30m, 30m, 12.5m, "EUR"), 12.5m, "Damaged box", "a@b.co", DateTimeOffset.UnixEpoch);
        var (refundKind, orderId, _, refundBody) = EmailTemplates.For(refund);
        (refundKind, orderId).Should().Be((NotificationKind.RefundIssued, (Guid?)refund.OrderId));
        refundBody.Should().Contain("12.50 EUR").And.Contain("Damaged box");
    }

    [Fact]
    public void A_subject_is_one_line_whatever_the_event_carries()
    {
        // Events already stored or in flight predate the input rules, so the template holds the line itself.
        var low = new LowStock(Guid.NewGuid(), "Lamp\r\nBcc: everyone@example.com", 1, 3, DateTimeOffset.UnixEpoch);

        EmailTemplates.For(low).Subject.Should().Be("Low stock: Lamp Bcc: everyone@example.com");
    }

    [Fact]
    public void Text_a_customer_wrote_reaches_an_email_on_one_line_and_capped()
    {
        var name = "Ada\nClaim your prize at https://evil.example " + new string('x', 5_000);
        var placed = new OrderPlaced(Guid.NewGuid(), "ada", name, "a@b.co", [new OrderedProduct(Guid.NewGuid(), "Lamp", 1m, 1)], 1m, "EUR", DateTimeOffset.UnixEpoch);

        var greeting = EmailTemplates.For(placed).Body.Split('\n')[0];

        greeting.Should().StartWith("Hello Ada Claim your prize").And.HaveLength("Hello ,".Length + EmailTemplates.MaxFreeTextLength);
    }

    private sealed class Mailbox : IEmailSender
    {
        public List<Email> Sent { get; } = [];

        public bool Failing { get; set; }

        public Task SendAsync(Email email, CancellationToken cancellationToken)
        {
            if (Failing)
            {
                throw new InvalidOperationException("mail server down");
            }

            Sent.Add(email);
            return Task.CompletedTask;
        }
    }

    private sealed class Records : INotificationStore
    {
        public Dictionary<Guid, Notification> Saved { get; } = [];

        public Dictionary<Guid, Notification> SavedNow { get; } = [];

        public Task<Notification?> FindAsync(Guid id, CancellationToken cancellationToken) =>
            Task.FromResult(Saved.GetValueOrDefault(id) ?? SavedNow.GetValueOrDefault(id));

        public void Save(Notification notification) => Saved[notification.Id] = notification;

        public Task SaveNowAsync(Notification notification, CancellationToken cancellationToken)
        {
            SavedNow[notification.Id] = notification;
            return Task.CompletedTask;
        }

        public Task<PagedResult<Notification>> ListAsync(string? recipient, Guid? orderId, int page, int pageSize, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
