using Commerce.BuildingBlocks.Application.Validation;
using Commerce.BuildingBlocks.Domain;
using Commerce.Users.Domain.Addresses;
using FluentValidation;

namespace Commerce.Users.Application.Addresses;

/// <summary>The shop's one address rule (<see cref="PostalAddress"/>), every field at once.</summary>
internal sealed class AddressFieldsValidator<T> : AbstractValidator<T>
    where T : IAddressFields
{
    public AddressFieldsValidator()
    {
        RuleFor(x => x.Label).MaximumLength(SavedAddress.MaxLabelLength).OneLine();
        RuleFor(x => x.Street).NotEmpty().MaximumLength(PostalAddress.MaxStreetLength).OneLine();
        RuleFor(x => x.City).NotEmpty().MaximumLength(PostalAddress.MaxCityLength).OneLine();
        RuleFor(x => x.State).MaximumLength(PostalAddress.MaxStateLength).OneLine();
        RuleFor(x => x.ZipCode).NotEmpty().MaximumLength(PostalAddress.MaxZipCodeLength).OneLine();
        RuleFor(x => x.Country).NotEmpty().MaximumLength(PostalAddress.MaxCountryLength).OneLine();
    }

    public static PostalAddress ToAddress(T input) =>
        PostalAddress.Create(input.Street, input.City, input.State, input.ZipCode, input.Country);
}
