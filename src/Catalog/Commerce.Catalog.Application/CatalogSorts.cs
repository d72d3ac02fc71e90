using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Catalog.Application.Ports;

namespace Commerce.Catalog.Application;

internal static class CatalogSorts
{
    public static readonly SortNames<ProductSort> Products = new(
        ProductSort.Newest, ("newest", ProductSort.Newest), ("price_asc", ProductSort.PriceAscending), ("price_desc", ProductSort.PriceDescending), ("name", ProductSort.Name));

    public static readonly SortNames<ReviewSort> Reviews = new(
        ReviewSort.Newest, ("newest", ReviewSort.Newest), ("rating_desc", ReviewSort.HighestRating), ("rating_asc", ReviewSort.LowestRating));
}
