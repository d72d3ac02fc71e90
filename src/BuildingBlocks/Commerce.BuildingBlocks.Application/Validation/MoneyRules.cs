using Commerce.BuildingBlocks.Domain;
using FluentValidation;

namespace Commerce.BuildingBlocks.Application.Validation;

/// <summary>The domain's amount rule (<see cref="CurrencyCodes.FitsMinorUnits"/>) for validators, so a client learns every field at once.</summary>
public static class MoneyRules
{
    /// <summary>
    /// At most as many decimals as the currency <paramref name="currency"/> names has; when the request does not name
    /// a known one (it is the stored one, or wrong and reported on its own field), at most
    /// <see cref="CurrencyCodes.MaxMinorUnits"/>, and the domain checks the rest.
    /// </summary>
    public static IRuleBuilderOptions<T, decimal?> InMinorUnitsOf<T>(this IRuleBuilder<T, decimal?> rule, Func<T, string?> currency) =>
        rule.Must((request, amount) => amount is not { } value
                || (currency(request) is { } code && CurrencyCodes.IsKnown(code)
                    ? CurrencyCodes.FitsMinorUnits(value, code)
                    : decimal.Round(value, CurrencyCodes.MaxMinorUnits) == value))
            .WithMessage((request, _) => currency(request) is { } code && CurrencyCodes.IsKnown(code)
                ? $"'{{PropertyName}}' must be a whole number of {CurrencyCodes.Normalize(code)}'s smallest unit ({CurrencyCodes.MinorUnits(code)} decimals at most)."
                : $"'{{PropertyName}}' has more decimals than any currency has.");
}
