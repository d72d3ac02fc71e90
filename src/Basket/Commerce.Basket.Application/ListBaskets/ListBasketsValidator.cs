using Commerce.BuildingBlocks.Application.Paging;
using FluentValidation;

namespace Commerce.Basket.Application.ListBaskets;

internal sealed class ListBasketsValidator : AbstractValidator<ListBaskets>
{
    public ListBasketsValidator() => Include(new PageValidator<ListBaskets>());
}
