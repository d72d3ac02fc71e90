namespace Commerce.Catalog.Domain.Reviews;

// A review's life, one stream per review. Each event carries its product and what it does to the product's tally
// (a rating counted, or no longer counted), so the rating is kept from the events alone.

public interface IReviewEvent
{
    Guid ReviewId { get; }

    Guid ProductId { get; }
}

public sealed record ReviewWritten(
    Guid ReviewId, Guid ProductId, string UserName, string AuthorName, int Rating, string Title, string Text, DateTimeOffset WrittenAt) : IReviewEvent;

/// <param name="Shown">Whether the review counts in the product's rating (not hidden): then its old rating leaves the tally and the new one enters it.</param>
public sealed record ReviewEdited(
    Guid ReviewId, Guid ProductId, int Rating, string Title, string Text, DateTimeOffset EditedAt, int PreviousRating, bool Shown) : IReviewEvent;

public sealed record ReviewHidden(Guid ReviewId, Guid ProductId, int Rating, string Reason, DateTimeOffset HiddenAt) : IReviewEvent;

/// <param name="WasShown">Whether its rating was in the product's tally until now.</param>
public sealed record ReviewDeleted(Guid ReviewId, Guid ProductId, int Rating, bool WasShown, DateTimeOffset DeletedAt) : IReviewEvent;
