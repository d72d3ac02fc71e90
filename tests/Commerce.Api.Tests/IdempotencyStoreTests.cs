using Commerce.BuildingBlocks.Application.Idempotency;
using Commerce.BuildingBlocks.Application.Messaging;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests;

/// <summary>The idempotency keys' table on the real PostgreSQL, raced by the hourly cleanup.</summary>
public class IdempotencyStoreTests(CommerceApiFactory factory) : IClassFixture<CommerceApiFactory>
{
    /// <summary>Seen as a 500 in CI: the fake clock's hour made the cleanup tick between a request's read of its expired
    /// key and the replacement of that key.</summary>
    [Fact]
    public async Task An_expired_key_the_cleanup_deletes_meanwhile_is_still_replaced()
    {
        var documents = factory.Services.GetRequiredService<IDocumentStore>();
        var id = $"Test:{Guid.NewGuid():N}";
        var past = DateTimeOffset.UtcNow.AddDays(-2);
        await using (var seed = documents.LightweightSession())
        {
            seed.Insert(new StoredResponse(id, "old", "{}", past, past.AddDays(1)));
            await seed.SaveChangesAsync();
        }

        using var request = factory.Services.CreateScope();
        var keys = request.ServiceProvider.GetRequiredService<IIdempotencyStore>();
        (await keys.FindAsync(id, CancellationToken.None)).Should().NotBeNull();

        await using (var cleanup = documents.LightweightSession())
        {
            cleanup.DeleteWhere<StoredResponse>(r => r.Id == id);
            await cleanup.SaveChangesAsync();
        }

        var now = DateTimeOffset.UtcNow;
        keys.Save(new StoredResponse(id, "new", "{\"ok\":true}", now, now.AddHours(1)), replacesExpired: true);
        await request.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);

        await using var query = documents.QuerySession();
        (await query.LoadAsync<StoredResponse>(id))!.FingerprintHash.Should().Be("new");
    }
}
