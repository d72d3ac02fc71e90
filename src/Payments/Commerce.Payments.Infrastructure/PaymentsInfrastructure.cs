using Commerce.BuildingBlocks.Application;
using Commerce.BuildingBlocks.Infrastructure.Messaging;
using Commerce.Payments.Application;
using Commerce.Payments.Application.CapturePayment;
using Commerce.Payments.Application.OrderEvents;
using Commerce.Payments.Application.Ports;
using Commerce.Payments.Application.RenewAuthorization;
using Commerce.Payments.Contracts;
using Commerce.Payments.Domain.Payments;
using Commerce.Payments.Infrastructure.Stripe;
using Commerce.Payments.Infrastructure.TestGateway;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Payments.Infrastructure;

public static class PaymentsInfrastructure
{
    public const string ProviderSetting = "Payments:Provider";
    public const string TestProvider = "Test";
    public const string StripeProvider = "Stripe";

    /// <summary>Payments' queue: the order events that authorize, void and capture.</summary>
    public static readonly QueueSubscription Subscription = QueueSubscription.For<OrderEventsConsumer>("payments");

    public static IServiceCollection AddPaymentsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var payments = configuration.GetSection(PaymentsOptions.Section).Get<PaymentsOptions>() ?? new PaymentsOptions();
        if (payments.AuthorizationRenewalLead <= TimeSpan.Zero || payments.AuthorizationRenewalLead >= payments.AuthorizationLifetime)
        {
            // A renewal due at or before the authorization it renews would be due again at once, for ever.
            throw new SettingRefusedException(
                $"{PaymentsOptions.Section}:AuthorizationRenewalLead ({payments.AuthorizationRenewalLead}) must be positive and shorter than {PaymentsOptions.Section}:AuthorizationLifetime ({payments.AuthorizationLifetime}).");
        }

        services.AddSingleton(payments);
        var provider = configuration[ProviderSetting];
        if (string.Equals(provider, TestProvider, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(configuration.GetSection(TestGatewayOptions.Section).Get<TestGatewayOptions>() ?? new TestGatewayOptions());
            services.AddSingleton<TestPaymentGateway>();
            services.AddSingleton<IPaymentGateway>(p => p.GetRequiredService<TestPaymentGateway>());
            services.AddSingleton<IPaymentMethods>(p => p.GetRequiredService<TestPaymentGateway>());
            services.AddSingleton<IProviderWebhooks, TestProviderWebhooks>();
        }
        else if (string.Equals(provider, StripeProvider, StringComparison.OrdinalIgnoreCase))
        {
            var stripe = (configuration.GetSection(StripeOptions.Section).Get<StripeOptions>() ?? new StripeOptions()).EnsureValid();
            services.AddSingleton(stripe);
            services.AddSingleton<global::Stripe.IStripeClient>(_ => new global::Stripe.StripeClient(
                stripe.SecretKey,
                httpClient: new global::Stripe.SystemNetHttpClient(new HttpClient { Timeout = stripe.Timeout }, stripe.MaxNetworkRetries),
                apiBase: string.IsNullOrWhiteSpace(stripe.ApiBase) ? null : stripe.ApiBase));
            services.AddSingleton<StripePaymentGateway>();
            services.AddSingleton<IPaymentGateway>(p => p.GetRequiredService<StripePaymentGateway>());
            services.AddSingleton<IPaymentMethods>(p => p.GetRequiredService<StripePaymentGateway>());
            services.AddSingleton<IProviderWebhooks, StripeWebhooks>();
        }
        else
        {
            // No default: a shop that would take orders against a pretend provider must say so.
            throw new SettingRefusedException(
                $"{ProviderSetting} is '{provider}'; set it to {StripeProvider} (with Payments:Stripe:SecretKey and Payments:Stripe:WebhookSecret) to take payments, or to {TestProvider} for the built-in test provider.");
        }

        services.AddScoped<IPaymentRepository, MartenPaymentRepository>();
        services.AddSingleton(ScheduledRoute.For<CaptureRetryDue, CaptureRetryConsumer>());
        services.AddSingleton(ScheduledRoute.For<AuthorizationRenewalDue, AuthorizationRenewalConsumer>());
        services.ConfigureMarten(options =>
        {
            options.Schema.For<Payment>().DatabaseSchemaName("payments").UseOptimisticConcurrency(true).Index(p => p.ProviderReference);
            options.Schema.For<HandledProviderEvent>().DatabaseSchemaName("payments").Identity(e => e.Id);
        });
        return services;
    }
}
