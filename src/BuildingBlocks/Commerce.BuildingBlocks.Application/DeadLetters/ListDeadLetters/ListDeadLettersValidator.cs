using FluentValidation;

namespace Commerce.BuildingBlocks.Application.DeadLetters.ListDeadLetters;

internal sealed class ListDeadLettersValidator : AbstractValidator<ListDeadLetters>
{
    public ListDeadLettersValidator() => RuleFor(x => x.SampleSize).InclusiveBetween(0, 10); // one SQS receive
}
