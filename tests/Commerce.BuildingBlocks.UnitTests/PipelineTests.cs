using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Application;
using Commerce.BuildingBlocks.Application.Idempotency;
using Commerce.BuildingBlocks.Application.Messaging;
using Commerce.BuildingBlocks.Domain;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.BuildingBlocks.UnitTests;

public class PipelineTests
{
    public sealed record Rename(string Name) : ICommand<string>;

    public sealed record Lookup(string Name) : IQuery<string>;

    public sealed record Explode : ICommand<string>;

    public sealed record Order(string Item, string? IdempotencyKey, string Scope = "ada") : ICommand<Guid>, IIdempotentCommand
    {
        public string IdempotencyScope => Scope;

        public string Fingerprint() => Item;
    }

    internal sealed class OrderHandler(Counter counter) : IRequestHandler<Order, Guid>
    {
        public Task<Guid> Handle(Order request, CancellationToken cancellationToken)
        {
            counter.Calls++;
            return Task.FromResult(Guid.NewGuid());
        }
    }

    /// <summary>Its handler is refused; with <see cref="RacerCommits"/>, a racing request with its key commits meanwhile.</summary>
    public sealed record RacedOrder(string IdempotencyKey, bool RacerCommits) : ICommand<Guid>, IIdempotentCommand
    {
        public string IdempotencyScope => "ada";

        public string Fingerprint() => "raced";
    }

    internal sealed class RacedOrderHandler(IIdempotencyStore store) : IRequestHandler<RacedOrder, Guid>
    {
        public Task<Guid> Handle(RacedOrder request, CancellationToken cancellationToken)
        {
            if (request.RacerCommits)
            {
                store.Save(new StoredResponse($"{nameof(RacedOrder)}:ada:{request.IdempotencyKey}", "x", "\"00000000-0000-0000-0000-000000000001\"",
                    DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue), replacesExpired: false);
            }

            throw new DomainException("basket_empty", "The basket is empty.");
        }
    }

    public sealed class Counter
    {
        public int Calls { get; set; }
    }

    internal sealed class InMemoryIdempotencyStore : IIdempotencyStore
    {
        public Dictionary<string, StoredResponse> Responses { get; } = [];

        public Task<StoredResponse?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(Responses.GetValueOrDefault(id));

        public void Save(StoredResponse response, bool replacesExpired) => Responses[response.Id] = response;
    }

    internal sealed class RenameHandler : IRequestHandler<Rename, string>
    {
        public Task<string> Handle(Rename request, CancellationToken cancellationToken) => Task.FromResult(request.Name.ToUpperInvariant());
    }

    internal sealed class LookupHandler : IRequestHandler<Lookup, string>
    {
        public Task<string> Handle(Lookup request, CancellationToken cancellationToken) => Task.FromResult(request.Name);
    }

    internal sealed class ExplodeHandler : IRequestHandler<Explode, string>
    {
        public Task<string> Handle(Explode request, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
    }

    internal sealed class RenameValidator : AbstractValidator<Rename>
    {
        public RenameValidator()
        {
            RuleFor(x => x.Name).NotEmpty();
            RuleFor(x => x.Name).MinimumLength(3);
        }
    }

    internal sealed class CountingUnitOfWork : IUnitOfWork
    {
        public int Commits { get; private set; }

        public Task SaveChangesAsync(CancellationToken cancellationToken)
        {
            Commits++;
            return Task.CompletedTask;
        }
    }

    private readonly CountingUnitOfWork unitOfWork = new();
    private readonly InMemoryIdempotencyStore responses = new();
    private readonly Counter counter = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider clock = new(DateTimeOffset.UnixEpoch);

    private IMediator Mediator()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IUnitOfWork>(unitOfWork);
        services.AddSingleton<IIdempotencyStore>(responses);
        services.AddSingleton(counter);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(new IdempotencyOptions { KeyLifetime = TimeSpan.FromMinutes(10) });
        services.AddUseCasesFrom(typeof(PipelineTests).Assembly);
        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<IMediator>();
    }

    [Fact]
    public async Task A_valid_command_is_handled_and_committed_once()
    {
        (await Mediator().Send(new Rename("phone"))).Should().Be("PHONE");
        unitOfWork.Commits.Should().Be(1);
    }

    [Fact]
    public async Task An_invalid_command_is_refused_with_every_failure_and_nothing_is_committed()
    {
        var act = () => Mediator().Send(new Rename(""));

        (await act.Should().ThrowAsync<ValidationException>()).Which.Errors.Should().HaveCount(2);
        unitOfWork.Commits.Should().Be(0);
    }

    [Fact]
    public async Task A_query_is_never_committed()
    {
        (await Mediator().Send(new Lookup("x"))).Should().Be("x");
        unitOfWork.Commits.Should().Be(0);
    }

    [Fact]
    public async Task A_command_whose_handler_throws_is_not_committed()
    {
        var act = () => Mediator().Send(new Explode());

        await act.Should().ThrowAsync<InvalidOperationException>();
        unitOfWork.Commits.Should().Be(0);
    }

    [Fact]
    public async Task A_retry_with_the_same_key_replays_the_first_response_without_running_again()
    {
        var first = await Mediator().Send(new Order("book", "k1"));
        var retry = await Mediator().Send(new Order("book", "k1"));

        retry.Should().Be(first);
        counter.Calls.Should().Be(1);
    }

    [Theory]
    [InlineData(true, "idempotency_key_in_use")]
    [InlineData(false, "basket_empty")]
    public async Task A_request_refused_because_a_racer_with_its_key_just_committed_is_told_to_retry(bool racerCommits, string code)
    {
        var act = () => Mediator().Send(new RacedOrder("k-race", racerCommits));

        var thrown = (await act.Should().ThrowAsync<Exception>()).Which;
        (thrown is ConflictException conflict ? conflict.Code : ((DomainException)thrown).Code).Should().Be(code);
        unitOfWork.Commits.Should().Be(0);
    }

    [Fact]
    public async Task The_same_key_with_another_payload_is_refused()
    {
        await Mediator().Send(new Order("book", "k1"));

        var act = () => Mediator().Send(new Order("pen", "k1"));

        (await act.Should().ThrowAsync<DomainException>()).Which.Code.Should().Be("idempotency_key_reused");
        counter.Calls.Should().Be(1);
    }

    [Fact]
    public async Task Keys_are_scoped_per_client_and_absent_keys_change_nothing()
    {
        await Mediator().Send(new Order("book", "k1", Scope: "ada"));
        await Mediator().Send(new Order("pen", "k1", Scope: "bob"));
        await Mediator().Send(new Order("book", null));
        await Mediator().Send(new Order("book", null));

        counter.Calls.Should().Be(4);
    }

    [Fact]
    public async Task An_expired_key_runs_the_command_again()
    {
        var first = await Mediator().Send(new Order("book", "k1"));
        clock.Advance(TimeSpan.FromMinutes(11));

        var again = await Mediator().Send(new Order("pen", "k1"));

        again.Should().NotBe(first);
        counter.Calls.Should().Be(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("line\nbreak")]
    public async Task A_malformed_key_is_refused(string key)
    {
        var act = () => Mediator().Send(new Order("book", key));

        (await act.Should().ThrowAsync<InvalidInputException>()).Which.Field.Should().Be("Idempotency-Key");
    }
}
