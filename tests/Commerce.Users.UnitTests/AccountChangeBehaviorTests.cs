using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Ports;

namespace Commerce.Users.UnitTests;

public class AccountChangeBehaviorTests
{
    private sealed record Change : IAccountChange<int>;

    private sealed class Outbox : IAccountsOutbox
    {
        public List<string> Calls { get; } = [];

        public Task BeginAsync(CancellationToken cancellationToken) { Calls.Add("begin"); return Task.CompletedTask; }

        public Task PublishAsync(object integrationEvent, CancellationToken cancellationToken) { Calls.Add("publish"); return Task.CompletedTask; }

        public Task CommitAsync(CancellationToken cancellationToken) { Calls.Add("commit"); return Task.CompletedTask; }
    }

    [Fact]
    public async Task The_change_and_its_events_commit_after_the_handler_returned()
    {
        var outbox = new Outbox();

        var result = await new AccountChangeBehavior<Change, int>(outbox).Handle(new Change(), CancellationToken.None, async () =>
        {
            await outbox.PublishAsync(new object(), CancellationToken.None);
            return 7;
        });

        result.Should().Be(7);
        outbox.Calls.Should().Equal("begin", "publish", "commit");
    }

    [Fact]
    public async Task A_handler_that_throws_commits_nothing()
    {
        var outbox = new Outbox();

        var act = () => new AccountChangeBehavior<Change, int>(outbox).Handle(new Change(), CancellationToken.None, async () =>
        {
            await outbox.PublishAsync(new object(), CancellationToken.None);
            throw new InvalidOperationException("refused");
        });

        await act.Should().ThrowAsync<InvalidOperationException>();
        outbox.Calls.Should().Equal("begin", "publish");
    }
}
