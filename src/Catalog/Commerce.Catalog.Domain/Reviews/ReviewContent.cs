using Commerce.BuildingBlocks.Domain;

namespace Commerce.Catalog.Domain.Reviews;

/// <summary>What a customer writes: stars, a title and an optional text, checked.</summary>
public sealed record ReviewContent
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int MaxTitleLength = 120;
    public const int MaxTextLength = 4000;

    private ReviewContent(int rating, string title, string text)
    {
        Rating = rating;
        Title = title;
        Text = text;
    }

    public int Rating { get; }

    public string Title { get; }

    public string Text { get; }

    public static ReviewContent Create(int rating, string? title, string? text)
    {
        if (rating is < MinRating or > MaxRating)
        {
            throw new InvalidValueException("invalid_rating", $"A rating is {MinRating} to {MaxRating} stars.");
        }

        var body = text?.Trim() ?? string.Empty;
        if (body.Length > MaxTextLength)
        {
            throw new InvalidValueException("review_text_too_long", $"The review text must be at most {MaxTextLength} characters.");
        }

        if (!PlainText.IsPrintable(body))
        {
            throw new InvalidValueException("review_text_control_characters", "The review text must be printable text.");
        }

        return new ReviewContent(rating, OneLineText.Required(title, "review_title", MaxTitleLength), body);
    }
}
