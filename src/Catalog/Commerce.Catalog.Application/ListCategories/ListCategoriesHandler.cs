using Commerce.Catalog.Application.Ports;
using MediatR;

namespace Commerce.Catalog.Application.ListCategories;

internal sealed class ListCategoriesHandler(IProductSearch search) : IRequestHandler<ListCategories, IReadOnlyList<CategorySummary>>
{
    public Task<IReadOnlyList<CategorySummary>> Handle(ListCategories request, CancellationToken cancellationToken) =>
        search.CategoriesAsync(cancellationToken);
}
