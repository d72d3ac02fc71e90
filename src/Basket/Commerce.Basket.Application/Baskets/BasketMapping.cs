using Commerce.Basket.Domain.Baskets;
using Mapster;

namespace Commerce.Basket.Application.Baskets;

internal static class BasketMapping
{
    private static readonly TypeAdapterConfig Config = CreateConfig();

    public static BasketDto ToDto(this ShoppingBasket basket) => basket.Adapt<BasketDto>(Config);

    private static TypeAdapterConfig CreateConfig()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<ShoppingBasket, BasketDto>()
            .Map(dto => dto.UserName, basket => basket.Id)
            .Map(dto => dto.Items, basket => basket.Lines)
            .Map(dto => dto.UpdatedAt, basket => basket.IsEmpty && basket.UpdatedAt == default ? (DateTimeOffset?)null : basket.UpdatedAt);
        config.Compile();
        return config;
    }
}
