using Commerce.BuildingBlocks.Domain;
using Commerce.Catalog.Domain.Availability;
using Commerce.Catalog.Domain.Reviews;

namespace Commerce.Catalog.UnitTests.Domain;

public class ReviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Lamp = Guid.NewGuid();
    private static readonly DeliveredPurchase AdasLamp = DeliveredPurchase.Of(Lamp, "ada", "Ada  Lovelace ", Guid.NewGuid(), Now);

    private static ReviewContent Stars(int rating) => ReviewContent.Create(rating, "Good lamp", "Bright.");

    private static (Review Review, ReviewWritten Written) Written(int rating = 4)
    {
        var written = Review.Write(Guid.NewGuid(), Lamp, "ada", AdasLamp, reviewedAlready: false, Stars(rating), Now);
        return (Review.From(written), written);
    }

    [Fact]
    public void Only_a_customer_who_received_the_product_reviews_it_and_only_once()
    {
        var stranger = () => Review.Write(Guid.NewGuid(), Lamp, "grace", purchase: null, reviewedAlready: false, Stars(5), Now);
        var otherProduct = () => Review.Write(Guid.NewGuid(), Guid.NewGuid(), "ada", AdasLamp, reviewedAlready: false, Stars(5), Now);
        var twice = () => Review.Write(Guid.NewGuid(), Lamp, "ada", AdasLamp, reviewedAlready: true, Stars(5), Now);

        stranger.Should().Throw<DomainException>().Which.Code.Should().Be("not_a_buyer");
        otherProduct.Should().Throw<DomainException>().Which.Code.Should().Be("not_a_buyer");
        twice.Should().Throw<DomainException>().Which.Code.Should().Be("already_reviewed");
        Written().Review.Should().BeEquivalentTo(new { AuthorName = "Ada L.", Rating = 4, UserName = "ada", IsShown = true });
    }

    [Theory]
    [InlineData(0, "invalid_rating")]
    [InlineData(6, "invalid_rating")]
    public void Stars_outside_one_to_five_are_refused(int rating, string code) =>
        FluentActions.Invoking(() => Stars(rating)).Should().Throw<InvalidValueException>().Which.Code.Should().Be(code);

    [Fact]
    public void Titles_and_texts_are_bounded()
    {
        FluentActions.Invoking(() => ReviewContent.Create(3, " ", null)).Should().Throw<InvalidValueException>().Which.Code.Should().Be("review_title_required");
        FluentActions.Invoking(() => ReviewContent.Create(3, "t", new string('x', ReviewContent.MaxTextLength + 1)))
            .Should().Throw<InvalidValueException>().Which.Code.Should().Be("review_text_too_long");
        ReviewContent.Create(3, " Fine ", "Line one\nline two").Should().BeEquivalentTo(new { Title = "Fine", Text = "Line one\nline two" });
    }

    [Theory]
    [InlineData("Ada Lovelace", "Ada L.")]
    [InlineData("Grace", "Grace")]
    [InlineData("Jean Paul sartre", "Jean S.")]
    [InlineData("", "A customer")]
    public void Shoppers_see_a_first_name_and_an_initial(string buyerName, string shown) => Review.AuthorNameOf(buyerName).Should().Be(shown);

    [Fact]
    public void The_tally_follows_writing_editing_hiding_and_deleting()
    {
        var rating = ProductRating.For(Lamp);
        var (ada, adaWritten) = Written(rating: 4);
        var graceWritten = Review.Write(Guid.NewGuid(), Lamp, "grace", DeliveredPurchase.Of(Lamp, "grace", "Grace Hopper", Guid.NewGuid(), Now), false, Stars(2), Now);
        var grace = Review.From(graceWritten);
        rating.Count(adaWritten);
        rating.Count(graceWritten);
        rating.Should().BeEquivalentTo(new { ReviewCount = 2, AverageRating = 3m });

        var edited = ada.Edit(Stars(5), Now);
        rating.Count(edited);
        ada.When(edited);
        rating.AverageRating.Should().Be(3.5m);

        var hidden = grace.Hide("Off topic", Now);
        rating.Count(hidden);
        grace.When(hidden);
        rating.Should().BeEquivalentTo(new { ReviewCount = 1, AverageRating = 5m });

        var editedWhileHidden = grace.Edit(Stars(1), Now);
        editedWhileHidden.Shown.Should().BeFalse();
        rating.Count(editedWhileHidden);
        grace.When(editedWhileHidden);
        rating.Should().BeEquivalentTo(new { ReviewCount = 1, AverageRating = 5m }, "a hidden review's stars stay out of the tally");

        rating.Count(grace.Delete(Now));
        rating.ReviewCount.Should().Be(1, "a hidden review leaves nothing to remove");
        rating.Count(ada.Delete(Now));
        rating.Should().BeEquivalentTo(new { ReviewCount = 0, AverageRating = (decimal?)null });
        rating.Stars.Should().OnlyContain(count => count == 0);
    }

    [Fact]
    public void A_review_is_hidden_once_and_a_deleted_one_is_gone()
    {
        var (review, _) = Written();
        review.When(review.Hide("Spam", Now));

        FluentActions.Invoking(() => review.Hide("Again", Now)).Should().Throw<InvalidStateException>().Which.Code.Should().Be("review_hidden");
        FluentActions.Invoking(() => review.Hide(" ", Now)).Should().Throw<DomainException>();
        review.When(review.Delete(Now));
        FluentActions.Invoking(() => review.Edit(Stars(3), Now)).Should().Throw<NotFoundException>();
        review.IsShown.Should().BeFalse();
    }

    [Fact]
    public void Availability_takes_only_newer_levels_whatever_order_they_arrive_in()
    {
        var availability = ProductAvailability.Unknown(Lamp);
        availability.InStock.Should().BeFalse();

        availability.Apply(available: 5, revision: 3, Now).Should().BeTrue();
        availability.StockStatusChanged.Should().BeTrue();
        availability.Apply(available: 9, revision: 2, Now).Should().BeFalse("revision 2 is older than 3");
        availability.Apply(available: 0, revision: 3, Now).Should().BeFalse("the same revision again is a redelivery");
        availability.Should().BeEquivalentTo(new { Available = 5, InStock = true, Revision = 3L });

        availability.Apply(available: 4, revision: 4, Now).Should().BeTrue();
        availability.StockStatusChanged.Should().BeFalse("still in stock: only the count moved");
        availability.Apply(available: 0, revision: 6, Now).Should().BeTrue();
        availability.Should().BeEquivalentTo(new { InStock = false, StockStatusChanged = true });
    }
}
