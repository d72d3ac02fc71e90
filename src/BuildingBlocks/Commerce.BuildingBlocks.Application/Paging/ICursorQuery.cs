using FluentValidation;

namespace Commerce.BuildingBlocks.Application.Paging;

/// <summary>A query that returns the page after a cursor; <see cref="CursorValidator{T}"/> holds its bounds.</summary>
public interface ICursorQuery
{
    int Limit { get; }

    string? Cursor { get; }
}

/// <summary>The same bounds on every list paged by cursor: 1 to <see cref="PageRequest.MaxPageSize"/> items, a cursor no longer than any given out.</summary>
public sealed class CursorValidator<T> : AbstractValidator<T>
    where T : ICursorQuery
{
    public CursorValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, PageRequest.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(CursorText.MaxLength);
    }
}
