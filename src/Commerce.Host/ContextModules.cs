using Commerce.BuildingBlocks.Application;
using Commerce.Basket.Api;
using Commerce.Basket.Api.Compatibility;
using Commerce.Basket.Application;
using Commerce.Basket.Infrastructure;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.Catalog.Api;
using Commerce.Catalog.Api.Compatibility;
using Commerce.Catalog.Application;
using Commerce.Catalog.Infrastructure;
using Commerce.Inventory.Api;
using Commerce.Inventory.Application;
using Commerce.Inventory.Infrastructure;
using Commerce.Notifications.Api;
using Commerce.Notifications.Application;
using Commerce.Notifications.Infrastructure;
using Commerce.Ordering.Api;
using Commerce.Ordering.Api.Compatibility;
using Commerce.Ordering.Application;
using Commerce.Ordering.Infrastructure;
using Commerce.Payments.Api;
using Commerce.Payments.Application;
using Commerce.Payments.Infrastructure;
using Commerce.Users.Api;
using Commerce.Users.Application;
using Commerce.Users.Contracts;
using Commerce.Users.Infrastructure;

namespace Commerce.Host;

internal static class ContextModules
{
    public static readonly IReadOnlyList<ContextModule> All =
    [
        new("Catalog",
            (services, configuration) => services.AddCatalogApplication().AddCatalogInfrastructure(configuration),
            endpoints => endpoints.MapCatalogEndpoints().MapReviewEndpoints(),
            endpoints => endpoints.MapLegacyProductRoutes(),
            [CatalogInfrastructure.ImagesSubscription, CatalogInfrastructure.ShopEventsSubscription]),
        new("Basket",
            (services, _) => services.AddBasketApplication().AddBasketInfrastructure(),
            endpoints => endpoints.MapBasketEndpoints(),
            endpoints => endpoints.MapLegacyBasketRoutes(),
            Requires: "Catalog"),
        new("Ordering",
            (services, configuration) => services.AddOrderingApplication().AddOrderingInfrastructure(configuration),
            endpoints => endpoints.MapOrderingEndpoints(),
            endpoints => endpoints.MapLegacyOrderRoutes(),
            [OrderingInfrastructure.Subscription],
            "Basket", "Payments"),
        new("Payments",
            (services, configuration) => services.AddPaymentsApplication().AddPaymentsInfrastructure(configuration),
            endpoints => endpoints.MapPaymentsEndpoints(),
            Subscriptions: [PaymentsInfrastructure.Subscription]),
        new("Inventory",
            (services, _) => services.AddInventoryApplication().AddInventoryInfrastructure(),
            endpoints => endpoints.MapInventoryEndpoints(),
            Subscriptions: [InventoryInfrastructure.Subscription],
            Requires: "Catalog"),
        new("Notifications",
            (services, configuration) => services.AddNotificationsApplication().AddNotificationsInfrastructure(configuration),
            endpoints => endpoints.MapNotificationsEndpoints(),
            Subscriptions: [NotificationsInfrastructure.Subscription]),
        new("Users",
            (services, configuration) => services.AddUsersApplication().AddUsersInfrastructure(configuration)
                .AddLocalTokenScheme(UsersInfrastructure.TokenValidationScheme, AccountNames.IsAccountName),
            endpoints => endpoints.MapUsersEndpoints()),
    ];

    /// <summary>The modules named in <c>Modules:Enabled</c>, or all of them when the setting is empty.</summary>
    public static IReadOnlyList<ContextModule> Enabled(IConfiguration configuration)
    {
        var names = configuration.GetSection("Modules:Enabled").Get<string[]>() ?? [];
        if (names.Length == 0)
        {
            return All;
        }

        var unknown = names.Except(All.Select(m => m.Name), StringComparer.OrdinalIgnoreCase).ToArray();
        if (unknown.Length > 0)
        {
            throw new SettingRefusedException($"Modules:Enabled names unknown modules: {string.Join(", ", unknown)}. Known: {string.Join(", ", All.Select(m => m.Name))}.");
        }

        var enabled = All.Where(m => names.Contains(m.Name, StringComparer.OrdinalIgnoreCase)).ToArray();
        var missing = enabled.SelectMany(m => m.Requires.Where(r => !enabled.Any(e => e.Name == r)).Select(r => $"{m.Name} needs {r}")).ToArray();
        return missing.Length == 0
            ? enabled
            : throw new SettingRefusedException($"Modules:Enabled is incomplete: {string.Join("; ", missing)}.");
    }
}
