using Commerce.Basket.Contracts;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.Ordering.Application.Ports;
using Commerce.Ordering.Domain.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests;

/// <summary>
/// The races of the HTTP tests, made deterministic: two units of work on the same state, committed in a chosen order.
/// An order is held by one command at a time (no 409 for a command that did not ask for a version); a basket taken
/// twice fails the second commit, whatever the timing.
/// </summary>
[Collection(SharedApi.Name)]
public class ConcurrencyGuaranteeTests(CommerceApiFactory factory)
{
    private readonly Shop shop = new(factory.CreateClient());

    [Fact]
    public async Task A_command_on_an_order_another_is_changing_waits_for_it_and_decides_on_its_result()
    {
        // With a card the provider authorizes, its answer would race the two commands for the stream.
        var id = await shop.PlaceOrderAsync(paymentMethodId: Shop.CardWithNoAnswer);
        using var first = factory.Services.CreateScope();
        using var second = factory.Services.CreateScope();
        await Orders(first).DecideAsync(id, (order, _) => order.RecordStockReserved(DateTimeOffset.UtcNow), CancellationToken.None);

        var cancelling = Task.Run(async () =>
        {
            var decision = await Orders(second).DecideAsync(id, (order, _) => [order.Cancel("too late", CancellationCodes.ByStaff, DateTimeOffset.UtcNow)], CancellationToken.None);
            await Commit(second);
            return decision;
        });
        (await Task.WhenAny(cancelling, Task.Delay(TimeSpan.FromMilliseconds(500)))).Should().NotBeSameAs(cancelling, "the order is held by the first command until it commits");
        await Commit(first);

        var cancelled = await cancelling;
        cancelled.Version.Should().Be(3, "placed, reserved by the first, cancelled by the second: no conflict, no lost event");
        cancelled.Order.IsStockReserved.Should().BeTrue("the second decided on the first's result");
    }

    [Fact]
    public async Task Two_checkouts_that_took_the_same_basket_cannot_both_commit()
    {
        var product = await shop.ProductAsync();
        (await shop.AddAsync(product.Id, 1)).EnsureSuccessStatusCode();
        using var first = factory.Services.CreateScope();
        using var second = factory.Services.CreateScope();

        (await Baskets(first).TakeAsync(shop.User, CancellationToken.None)).Should().NotBeNull();
        (await Baskets(second).TakeAsync(shop.User, CancellationToken.None)).Should().NotBeNull();
        await Commit(first);

        await AssertConflict(() => Commit(second));
    }

    private static IOrderRepository Orders(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<IOrderRepository>();

    private static IBasketCheckout Baskets(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<IBasketCheckout>();

    private static Task Commit(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);

    /// <summary>The exception must be one the API turns into a 409, not a 500.</summary>
    private async Task AssertConflict(Func<Task> commit)
    {
        var thrown = (await commit.Should().ThrowAsync<Exception>()).Which;
        var translators = factory.Services.GetServices<IExceptionTranslator>();
        translators.Select(t => t.Translate(thrown)).Should().ContainSingle(e => e is ConflictException);
    }
}
