using FluentValidation;

namespace Commerce.BuildingBlocks.Application.Paging;

/// <summary>A query that returns one page of a list; <see cref="PageValidator{T}"/> holds its bounds.</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }
}

/// <summary>
/// The same paging bounds on every list: page 1 to <see cref="PageRequest.MaxPage"/>, page size 1 to
/// <see cref="PageRequest.MaxPageSize"/>.
/// </summary>
public sealed class PageValidator<T> : AbstractValidator<T>
    where T : IPagedQuery
{
    public PageValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, PageRequest.MaxPage);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize);
    }
}
