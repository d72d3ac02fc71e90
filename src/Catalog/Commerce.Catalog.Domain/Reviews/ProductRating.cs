namespace Commerce.Catalog.Domain.Reviews;

/// <summary>
/// A product's stars, tallied from its reviews' events: how many shown reviews gave each number of stars. Hidden and
/// deleted reviews do not count.
/// </summary>
public sealed class ProductRating
{
    private ProductRating()
    {
    }

    /// <summary>The product's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>How many reviews gave 1, 2, 3, 4 and 5 stars.</summary>
    public IReadOnlyList<int> Stars { get; private set; } = new int[ReviewContent.MaxRating];

    public int ReviewCount => Stars.Sum();

    /// <summary>Rounded to two decimals; null before the first review.</summary>
    public decimal? AverageRating =>
        ReviewCount == 0 ? null : Math.Round(Stars.Select((count, i) => count * (i + 1m)).Sum() / ReviewCount, 2, MidpointRounding.AwayFromZero);

    public static ProductRating For(Guid productId) => new() { Id = productId };

    public void Count(IReviewEvent reviewEvent)
    {
        switch (reviewEvent)
        {
            case ReviewWritten written:
                Move(added: written.Rating);
                break;
            case ReviewEdited { Shown: true } edited:
                Move(removed: edited.PreviousRating, added: edited.Rating);
                break;
            case ReviewHidden hidden:
                Move(removed: hidden.Rating);
                break;
            case ReviewDeleted { WasShown: true } deleted:
                Move(removed: deleted.Rating);
                break;
        }
    }

    private void Move(int? removed = null, int? added = null)
    {
        var stars = Stars.ToArray();
        if (removed is { } r)
        {
            stars[r - 1] = Math.Max(0, stars[r - 1] - 1);
        }

        if (added is { } a)
        {
            stars[a - 1]++;
        }

        Stars = stars;
    }
}
