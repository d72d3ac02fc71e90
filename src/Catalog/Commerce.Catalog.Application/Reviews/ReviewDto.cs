namespace Commerce.Catalog.Application.Reviews;

/// <param name="AuthorName">The reviewer as shoppers see them ("Ada L."), never their account name.</param>
/// <param name="IsHidden">Only ever true in the answer to hiding it: hidden reviews are not listed.</param>
public sealed record ReviewDto(
    Guid Id,
    Guid ProductId,
    string AuthorName,
    int Rating,
    string Title,
    string Text,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool IsHidden)
{
    public static ReviewDto From(Domain.Reviews.Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new(review.Id, review.ProductId, review.AuthorName, review.Rating, review.Title, review.Text, review.CreatedAt, review.UpdatedAt, review.IsHidden);
    }
}
