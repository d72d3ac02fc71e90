using Commerce.Catalog.Application.Reviews;

namespace Commerce.Catalog.Api;

/// <param name="Rating">1 to 5 stars.</param>
/// <param name="Title">One line, up to 120 characters.</param>
/// <param name="Text">Optional, up to 4,000 characters.</param>
public sealed record ReviewRequest(int? Rating, string? Title, string? Text);

/// <param name="Reason">Why staff hid it (kept with the review, not shown to shoppers).</param>
public sealed record HideReviewRequest(string? Reason);

/// <param name="AuthorName">The reviewer as shoppers see them: first name and initial, from the delivered order.</param>
/// <param name="Hidden">True only in the answer to hiding it: hidden reviews are not listed and do not count.</param>
public sealed record ReviewResponse(
    Guid Id, Guid ProductId, string AuthorName, int Rating, string Title, string Text, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Hidden)
{
    public static ReviewResponse From(ReviewDto review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new(review.Id, review.ProductId, review.AuthorName, review.Rating, review.Title, review.Text, review.CreatedAt, review.UpdatedAt, review.IsHidden);
    }
}
