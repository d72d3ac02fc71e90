using Commerce.BuildingBlocks.Application.Validation;
using Commerce.Catalog.Domain.Images;
using FluentValidation;

namespace Commerce.Catalog.Application.StartImageUpload;

internal sealed class StartImageUploadValidator : AbstractValidator<StartImageUpload>
{
    public StartImageUploadValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().MaximumLength(ImageRules.MaxFileNameLength).OneLine();
        RuleFor(x => x.ContentType).NotEmpty().Must(type => ImageRules.ContentTypes.Contains(type!))
            .WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", ImageRules.ContentTypes)}.");
    }
}
