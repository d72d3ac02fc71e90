using Commerce.BuildingBlocks.Infrastructure.Persistence;
using Commerce.Catalog.Domain.Availability;
using Commerce.Catalog.Domain.Products;
using Commerce.Catalog.Domain.Reviews;
using Commerce.Catalog.Infrastructure.Reviews;
using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;

namespace Commerce.Catalog.Infrastructure;

/// <summary>How the catalog lives in PostgreSQL: its own schema, a unique SKU, a full-text index, reviews as event streams.</summary>
internal static class CatalogSchema
{
    public const string Name = "catalog";
    public const string ProductTable = Name + ".mt_doc_product";
    public const string SkuIndex = "catalog_product_sku";

    /// <summary>The column Marten keeps <see cref="Product.Category"/> in (<c>Duplicate</c> below names it).</summary>
    public const string CategoryColumn = "category";

    // The search predicate repeats the expression Marten indexes (FullTextIndex below) so PostgreSQL uses the GIN
    // index. No coalesce is needed: the domain never stores a null name or description.
    private const string SearchableText = "to_tsvector('english'::regconfig, (((d.data ->> 'Name') || ' ') || (d.data ->> 'Description')))";
    public const string FullTextMatchSql = SearchableText + " @@ plainto_tsquery('english'::regconfig, ?)";

    public static void Configure(StoreOptions options)
    {
        options.Schema.For<Product>()
            .DatabaseSchemaName(Name)
            .UseOptimisticConcurrency(true) // of two writes from the same version, the second is a 409
            .UniqueIndex(UniqueIndexType.Computed, SkuIndex, p => p.Sku)
            // Columns of their own, not expressions over the JSON: PostgreSQL counts a category from the index alone
            // (an expression index always visits the table, 10,000 rows for one page's total at 100,000 products),
            // and a category's newest first (the default list) walks the composite index backwards and stops after one
            // page; with the id in it, a cursor 500 pages deep is a seek to one row of the index, not a walk.
            .Duplicate(p => p.Category)
            .Duplicate(p => p.CreatedAt)
            .Index(p => new { p.Category, p.CreatedAt, p.Id })
            .FullTextIndex(index =>
            {
                index.Name = "catalog_product_text";
                index.RegConfig = "english";
            }, p => p.Name, p => p.Description);

        // Known up front, so a process that has appended nothing yet can still read any review's stream.
        options.Events.AddEventTypes([typeof(ReviewWritten), typeof(ReviewEdited), typeof(ReviewHidden), typeof(ReviewDeleted)]);
        options.Projections.Add(new ReviewAggregation(), ProjectionLifecycle.Inline);
        options.Projections.Add(new ProductRatingProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<Review>()
            .DatabaseSchemaName(Name)
            // A product's shown reviews newest first walk this index; "reviewed already?" too.
            .Duplicate(r => r.ProductId)
            .Duplicate(r => r.CreatedAt)
            .Index(r => new { r.ProductId, r.CreatedAt });
        options.Schema.For<ProductRating>().DatabaseSchemaName(Name);
        options.Schema.For<ProductAvailability>().DatabaseSchemaName(Name);
        options.Schema.For<DeliveredPurchase>().DatabaseSchemaName(Name);
    }

    public static readonly UniqueValue Sku = new(SkuIndex, "sku", "sku_taken", "Another product already has this SKU.");
}
