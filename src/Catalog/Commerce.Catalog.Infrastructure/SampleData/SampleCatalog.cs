using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Domain.Products;
using Marten;
using Marten.Schema;

namespace Commerce.Catalog.Infrastructure.SampleData;

/// <summary>A small shop to look at on first start (development only): a dozen products in four categories.</summary>
internal sealed class SampleCatalog(TimeProvider clock) : IInitialData
{
    private static readonly (string Sku, string Name, string Description, string Category, decimal Price, string Image)[] Products =
    [
        ("PHONE-AURA-X", "Aura X", "Flagship phone with a 6.7\" OLED display and a triple camera.", "Phone", 999.00m, "aura-x.png"),
        ("PHONE-AURA-LITE", "Aura Lite", "Light everyday phone with a two-day battery.", "Phone", 399.00m, "aura-lite.png"),
        ("PHONE-NOVA-5", "Nova 5", "Compact phone with wireless charging and a bright display.", "Phone", 649.00m, "nova-5.png"),
        ("LAPTOP-SLATE-14", "Slate 14", "Thin 14-inch laptop, 16 GB memory, all-day battery.", "Laptop", 1299.00m, "slate-14.png"),
        ("LAPTOP-FORGE-16", "Forge 16", "16-inch workstation laptop with a dedicated graphics card.", "Laptop", 2199.00m, "forge-16.png"),
        ("LAPTOP-AIRBOOK", "Airbook", "Fanless ultralight laptop for travel.", "Laptop", 949.00m, "airbook.png"),
        ("AUDIO-PODS-PRO", "Pods Pro", "Wireless earbuds with active noise cancelling.", "Audio", 249.00m, "pods-pro.png"),
        ("AUDIO-STUDIO-ONE", "Studio One", "Over-ear headphones with studio-grade sound.", "Audio", 349.00m, "studio-one.png"),
        ("AUDIO-BOOM-MINI", "Boom Mini", "Waterproof portable speaker with deep bass.", "Audio", 89.00m, "boom-mini.png"),
        ("HOME-CAM-360", "Cam 360", "Indoor security camera with night vision.", "Smart Home", 79.00m, "cam-360.png"),
        ("HOME-HUB-2", "Hub 2", "Smart home hub with voice assistant and display.", "Smart Home", 129.00m, "hub-2.png"),
        ("HOME-BULB-4", "Bulb Pack (4)", "Four colour smart bulbs that dim by voice.", "Smart Home", 59.90m, "bulb-4.png"),
    ];

    public async Task Populate(IDocumentStore store, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        if (await session.Query<Product>().AnyAsync(cancellation))
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var (sku, name, description, category, price, image) in Products)
        {
            var details = ProductDetails.Create(sku, name, description, category, new Money(price, "USD"), image);
            session.Insert(Product.Create(Guid.CreateVersion7(), details, now));
        }

        await session.SaveChangesAsync(cancellation);
    }
}
