using Commerce.BuildingBlocks.Domain;

namespace Commerce.Catalog.Domain.Reviews;

/// <summary>
/// A customer's review of a product they received, rebuilt from its events. Each decision checks the review's state
/// and returns the event to append; <see cref="From"/> and <see cref="When"/> move the state when events are replayed.
/// A deleted review stays as a tombstone, so its author may write a new one.
/// </summary>
public sealed class Review
{
    public const int MaxHideReasonLength = 500;
    public const int MaxAuthorNameLength = 60;

    private Review()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProductId { get; private set; }

    /// <summary>The author's account: who may edit or delete it.</summary>
    public string UserName { get; private set; } = string.Empty;

    /// <summary>What shoppers read as the author: never the account name.</summary>
    public string AuthorName { get; private set; } = string.Empty;

    public int Rating { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsHidden { get; private set; }

    public string? HiddenReason { get; private set; }

    public bool IsDeleted { get; private set; }

    /// <summary>Whether shoppers see it and its stars count.</summary>
    public bool IsShown => !IsHidden && !IsDeleted;

    /// <param name="purchase">The author's delivered purchase of the product; null when they never received it.</param>
    /// <param name="reviewedAlready">Whether the author has a review of the product that is not deleted.</param>
    public static ReviewWritten Write(
        Guid reviewId, Guid productId, string userName, DeliveredPurchase? purchase, bool reviewedAlready, ReviewContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (purchase is null || purchase.ProductId != productId || purchase.UserName != userName)
        {
            throw new DomainException("not_a_buyer", "Only a customer who received this product in a delivered order can review it.");
        }

        if (reviewedAlready)
        {
            throw new DomainException("already_reviewed", "You have reviewed this product already; edit that review instead.");
        }

        return new ReviewWritten(reviewId, productId, userName, AuthorNameOf(purchase.BuyerName), content.Rating, content.Title, content.Text, now);
    }

    /// <summary>"Ada Lovelace" → "Ada L.": a first name and an initial, as shops show reviewers.</summary>
    public static string AuthorNameOf(string buyerName)
    {
        var words = PlainText.ToOneLine(buyerName, MaxAuthorNameLength * 4).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = words.Length switch
        {
            0 => "A customer",
            1 => words[0],
            _ => $"{words[0]} {char.ToUpperInvariant(words[^1][0])}.",
        };
        return name.Length <= MaxAuthorNameLength ? name : name[..MaxAuthorNameLength];
    }

    public ReviewEdited Edit(ReviewContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        RequireNotDeleted();
        return new ReviewEdited(Id, ProductId, content.Rating, content.Title, content.Text, now, Rating, !IsHidden);
    }

    public ReviewHidden Hide(string? reason, DateTimeOffset now)
    {
        RequireNotDeleted();
        if (IsHidden)
        {
            throw new InvalidStateException("review_hidden", "This review is hidden already.", "Hidden");
        }

        return new ReviewHidden(Id, ProductId, Rating, OneLineText.Required(reason, "hide_reason", MaxHideReasonLength), now);
    }

    public ReviewDeleted Delete(DateTimeOffset now)
    {
        RequireNotDeleted();
        return new ReviewDeleted(Id, ProductId, Rating, IsShown, now);
    }

    public static Review From(ReviewWritten written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return new Review
        {
            Id = written.ReviewId,
            ProductId = written.ProductId,
            UserName = written.UserName,
            AuthorName = written.AuthorName,
            Rating = written.Rating,
            Title = written.Title,
            Text = written.Text,
            CreatedAt = written.WrittenAt,
            UpdatedAt = written.WrittenAt,
        };
    }

    /// <summary>Moves the state by one event that followed <see cref="ReviewWritten"/>. (Not named Apply: Marten would
    /// take the domain type for a self-aggregating one.)</summary>
    public void When(IReviewEvent reviewEvent)
    {
        switch (reviewEvent)
        {
            case ReviewEdited edited:
                (Rating, Title, Text, UpdatedAt) = (edited.Rating, edited.Title, edited.Text, edited.EditedAt);
                break;
            case ReviewHidden hidden:
                (IsHidden, HiddenReason, UpdatedAt) = (true, hidden.Reason, hidden.HiddenAt);
                break;
            case ReviewDeleted deleted:
                (IsDeleted, UpdatedAt) = (true, deleted.DeletedAt);
                break;
            default:
                throw new ArgumentException($"A review has no event {reviewEvent?.GetType().Name} after it was written.", nameof(reviewEvent));
        }
    }

    private void RequireNotDeleted()
    {
        if (IsDeleted)
        {
            throw new NotFoundException("Review", Id);
        }
    }
}
