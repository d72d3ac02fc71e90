using FluentValidation;

namespace Commerce.BuildingBlocks.Application.DeadLetters.RedriveDeadLetters;

internal sealed class RedriveDeadLettersValidator : AbstractValidator<RedriveDeadLetters>
{
    public RedriveDeadLettersValidator()
    {
        RuleFor(x => x.Max).InclusiveBetween(1, 10_000);
        RuleFor(x => x.Queue).MaximumLength(80).Matches("^[A-Za-z0-9_-]+$").When(x => x.Queue is not null);
    }
}
