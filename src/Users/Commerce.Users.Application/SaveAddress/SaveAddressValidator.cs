using Commerce.Users.Application.Addresses;
using FluentValidation;

namespace Commerce.Users.Application.SaveAddress;

internal sealed class SaveAddressValidator : AbstractValidator<SaveAddress>
{
    public SaveAddressValidator() => Include(new AddressFieldsValidator<SaveAddress>());
}
