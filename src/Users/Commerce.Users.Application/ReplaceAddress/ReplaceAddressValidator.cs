using Commerce.Users.Application.Addresses;
using FluentValidation;

namespace Commerce.Users.Application.ReplaceAddress;

internal sealed class ReplaceAddressValidator : AbstractValidator<ReplaceAddress>
{
    public ReplaceAddressValidator() => Include(new AddressFieldsValidator<ReplaceAddress>());
}
