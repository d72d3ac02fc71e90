using Commerce.BuildingBlocks.Domain;
using Commerce.Payments.Domain.Payments;

namespace Commerce.Payments.UnitTests;

public class PaymentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private static Payment Authorized(decimal amount = 30m)
    {
        var payment = Payment.Open(Guid.NewGuid(), amount, "usd", "pm_card_visa", "ada@example.com", Now);
        payment.Authorize("pi_1", "visa", "4242", null, Lifetime, Now);
        return payment;
    }

    private static Payment Captured(decimal amount = 30m)
    {
        var payment = Authorized(amount);
        payment.Capture(Now);
        return payment;
    }

    [Fact]
    public void A_challenge_keeps_its_client_secret_only_while_the_payment_waits_for_it()
    {
        var passed = Payment.Open(Guid.NewGuid(), 30m, "usd", "pm_card_authenticationRequired", null, Now);
        var failed = Payment.Open(Guid.NewGuid(), 30m, "usd", "pm_card_authenticationRequired", null, Now);

        passed.RequireAction("pi_3ds", "pi_3ds_secret_x", Now);
        failed.RequireAction("pi_3ds_2", "pi_3ds_2_secret_y", Now);

        passed.ClientSecret.Should().Be("pi_3ds_secret_x");
        passed.Status.Should().Be(PaymentStatus.Pending);
        passed.Authorize("pi_3ds", "visa", "3184", null, Lifetime, Now);
        failed.Decline("pi_3ds_2", "payment_intent_authentication_failure", Now);
        passed.ClientSecret.Should().BeNull();
        failed.ClientSecret.Should().BeNull();
        ((Action)(() => passed.RequireAction("pi_3ds", "again", Now))).Should().Throw<InvalidStateException>();
    }

    [Fact]
    public void Every_change_is_a_line_of_the_audit_trail_with_the_providers_reference()
    {
        var payment = Captured();
        payment.Refund(10m, "Scratched", "re_1", Now);

        payment.Changes.Select(c => (c.Version, c.Type, c.Status, c.ProviderReference)).Should().Equal(
            (1, "Opened", PaymentStatus.Pending, null),
            (2, "Authorized", PaymentStatus.Authorized, "pi_1"),
            (3, "Captured", PaymentStatus.Captured, "pi_1"),
            (4, "Refunded", PaymentStatus.PartiallyRefunded, "re_1"));
        payment.Should().BeEquivalentTo(new { Currency = "USD", AmountAuthorized = 30m, AmountCaptured = 30m, AmountRefunded = 10m, Version = 4 });
    }

    [Fact]
    public void Refunds_together_never_exceed_what_was_captured()
    {
        var payment = Captured();
        payment.Refund(29.99m, "Most of it", "re_1", Now);

        ((Action)(() => payment.CheckRefund(0.02m, "More"))).Should().Throw<DomainException>().Which.Code.Should().Be("refund_exceeds_captured");
        payment.Refund(0.01m, "The rest", "re_2", Now);
        payment.Status.Should().Be(PaymentStatus.Refunded);
        ((Action)(() => payment.CheckRefund(0.01m, "Again"))).Should().Throw<InvalidStateException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.001)]
    public void A_refund_needs_a_positive_amount_in_cents(decimal amount) =>
        ((Action)(() => Captured().CheckRefund(amount, "Why"))).Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_refund_amount");

    [Fact]
    public void Nothing_is_refunded_before_the_capture() =>
        ((Action)(() => Authorized().CheckRefund(1m, "Early"))).Should().Throw<InvalidStateException>().Which.Code.Should().Be("invalid_payment_transition");

    [Fact]
    public void A_failed_capture_leaves_the_payment_failed_and_a_retry_can_still_capture_it()
    {
        var payment = Authorized();
        payment.FailCapture("capture_failed", Now);
        payment.Should().BeEquivalentTo(new { Status = PaymentStatus.Failed, CaptureAttempts = 1, AmountCaptured = 0m });

        payment.Capture(Now);

        payment.Should().BeEquivalentTo(new { Status = PaymentStatus.Captured, CaptureAttempts = 2, AmountCaptured = 30m });
    }

    [Fact]
    public void Each_step_and_each_try_of_a_capture_or_refund_has_its_own_idempotency_key()
    {
        var payment = Authorized();
        var keys = new[] { payment.IdempotencyKeyFor("authorize"), payment.IdempotencyKeyFor("capture-1"), payment.IdempotencyKeyFor("capture-2"), payment.RefundKeyFor(null),
            payment.RefundKeyFor("client-key-1"), payment.RefundKeyFor("client-key-2") };

        keys.Should().OnlyHaveUniqueItems().And.OnlyContain(k => k.Contains(payment.Id.ToString("N")));
        payment.IdempotencyKeyFor("authorize").Should().Be(payment.IdempotencyKeyFor("authorize"), "a retry is the same request");
        payment.RefundKeyFor("client-key-1").Should().Be(payment.RefundKeyFor("client-key-1"), "requests racing under one client key are one refund at the provider");
        payment.RefundKeyFor(new string('k', 200)).Length.Should().BeLessThanOrEqualTo(255, "Stripe takes keys of up to 255 characters");
    }

    [Fact]
    public void A_cancelled_order_leaves_a_voided_payment_that_can_never_be_authorized()
    {
        var tombstone = Payment.VoidedBeforeOpened(Guid.NewGuid(), Now);

        tombstone.Status.Should().Be(PaymentStatus.Voided);
        ((Action)(() => tombstone.Authorize("pi_late", null, null, null, Lifetime, Now))).Should().Throw<InvalidStateException>();
    }

    [Fact]
    public void A_decided_payment_takes_no_second_decision()
    {
        var declined = Payment.Open(Guid.NewGuid(), 10m, "USD", "pm_card_visa_chargeDeclined", "a@b.co", Now);
        declined.Decline("pi_2", "card_declined", Now);

        ((Action)(() => declined.Authorize("pi_2", null, null, null, Lifetime, Now))).Should().Throw<InvalidStateException>();
        ((Action)(() => declined.Void(Now))).Should().Throw<InvalidStateException>();
        ((Action)(() => Captured().Void(Now))).Should().Throw<InvalidStateException>("a captured payment is refunded, not voided");
    }

    [Fact]
    public void An_order_of_the_old_shop_or_one_that_costs_nothing_needs_no_provider()
    {
        Payment.Open(Guid.NewGuid(), 10m, "USD", null, "a@b.co", Now).NeedsNoProvider.Should().BeTrue();
        Payment.Open(Guid.NewGuid(), 0m, "USD", "pm_card_visa", "a@b.co", Now).NeedsNoProvider.Should().BeTrue();
        Payment.Open(Guid.NewGuid(), 10m, "USD", "pm_card_visa", "a@b.co", Now).NeedsNoProvider.Should().BeFalse();
    }

    [Fact]
    public void An_authorization_held_by_a_provider_expires_after_its_lifetime_and_a_renewal_moves_its_end()
    {
        var payment = Authorized();
        payment.AuthorizationExpiresAt.Should().Be(Now + Lifetime);

        payment.Reauthorize("pi_2", Lifetime, Now.AddDays(6));

        payment.Should().BeEquivalentTo(new { Status = PaymentStatus.Authorized, ProviderReference = "pi_2", AuthorizationExpiresAt = Now.AddDays(13), AmountAuthorized = 30m });
    }

    [Fact]
    public void An_expired_authorization_can_be_neither_captured_nor_voided_and_a_capture_after_it_fails()
    {
        var payment = Authorized();
        payment.RecordRenewalRefused("reauthorization_refused", Now.AddDays(6));

        payment.Expire("authorization_expired", Now.AddDays(7));

        payment.Status.Should().Be(PaymentStatus.Expired);
        payment.MayHoldMoney.Should().BeFalse();
        payment.AwaitsCapture.Should().BeFalse();
        ((Action)(() => payment.Capture(Now))).Should().Throw<InvalidStateException>();
        ((Action)(() => payment.Void(Now))).Should().Throw<InvalidStateException>();
        payment.FailCaptureOfLapsedAuthorization(Now.AddDays(8)).Should().BeTrue();
        payment.Changes.Select(c => c.Type).Should().Equal("Opened", "Authorized", "RenewalRefused", "AuthorizationExpired", "CaptureFailed");
    }

    [Fact]
    public void A_payment_no_provider_holds_has_no_authorization_to_expire()
    {
        var payment = Payment.Open(Guid.NewGuid(), 30m, "USD", null, "ada@example.com", Now);
        payment.Authorize(null, null, null, null, Lifetime, Now);

        payment.AuthorizationExpiresAt.Should().BeNull();
    }

    [Theory]
    [InlineData("0.5", "JPY")]
    [InlineData("0.001", "USD")]
    public void A_refund_finer_than_the_currencys_smallest_unit_is_refused(string amount, string currency)
    {
        var payment = Payment.Open(Guid.NewGuid(), 3000m, currency, "pm_card_visa", "ada@example.com", Now);
        payment.Authorize("pi_1", "visa", "4242", null, Lifetime, Now);
        payment.Capture(Now);

        var refund = () => payment.CheckRefund(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "Scratched");

        refund.Should().Throw<InvalidValueException>().Which.Code.Should().Be("invalid_refund_amount");
    }

    [Fact]
    public void A_payment_finer_than_its_currencys_smallest_unit_is_refused() =>
        ((Action)(() => Payment.Open(Guid.NewGuid(), 1.5m, "JPY", "pm_card_visa", "ada@example.com", Now)))
            .Should().Throw<DomainException>().Which.Code.Should().Be("invalid_amount");

    [Fact]
    public void A_refund_reported_by_the_provider_records_only_what_the_shop_has_not_and_never_more_than_was_captured()
    {
        var payment = Captured(30m);
        payment.Refund(10m, "Scratched", "re_shop", Now);

        payment.RecordRefundedAtProvider(10m, "re_shop", Now).Should().BeFalse("the shop's own refund, reported back");
        payment.RecordRefundedAtProvider(25m, "re_dash", Now).Should().BeTrue();
        payment.RecordRefundedAtProvider(25m, "re_dash", Now).Should().BeFalse("the same report again");
        payment.RecordRefundedAtProvider(99m, "re_odd", Now).Should().BeTrue();

        payment.Should().BeEquivalentTo(new { AmountRefunded = 30m, Status = PaymentStatus.Refunded });
        payment.Changes.Where(c => c.Type == "Refunded").Select(c => c.Amount).Should().Equal(10m, 15m, 5m);
    }

    [Fact]
    public void A_dispute_is_recorded_with_its_reason_and_then_its_outcome()
    {
        var payment = Captured(30m);

        payment.OpenDispute(30m, "fraudulent", "dp_1", Now);
        payment.DisputeStatus.Should().Be("open");
        payment.CloseDispute(30m, "won", "dp_1", Now);

        payment.Should().BeEquivalentTo(new { DisputeStatus = "won", Status = PaymentStatus.Captured, AmountRefunded = 0m });
        payment.Changes.Select(c => c.Code).Should().EndWith(["fraudulent", "won"]);
    }
}
