using Commerce.BuildingBlocks.Application;
using Commerce.BuildingBlocks.Application.Messaging;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.BuildingBlocks.UnitTests;

public class PipelineTests
{
    public sealed record Rename(string Name) : ICommand<string>;

    public sealed record Lookup(string Name) : IQuery<string>;

    public sealed record Explode : ICommand<string>;

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

    private IMediator Mediator()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IUnitOfWork>(unitOfWork);
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
}
