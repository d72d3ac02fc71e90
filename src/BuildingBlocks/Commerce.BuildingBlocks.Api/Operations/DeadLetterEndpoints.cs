using Commerce.BuildingBlocks.Api.Security;
using Commerce.BuildingBlocks.Application.DeadLetters;
using ListDeadLettersQuery = Commerce.BuildingBlocks.Application.DeadLetters.ListDeadLetters.ListDeadLetters;
using Redrive = Commerce.BuildingBlocks.Application.DeadLetters.RedriveDeadLetters.RedriveDeadLetters;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.BuildingBlocks.Api.Operations;

/// <summary>For operators: the messages consumers gave up on, and sending them back once the cause is fixed.</summary>
public static class DeadLetterEndpoints
{
    public const string Route = "/api/v1/operations/dead-letters";

    public static IEndpointRouteBuilder MapDeadLetterEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route).WithTags("Operations").RequireAuthorization(Roles.Admin).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/", ListDeadLetters).WithName(nameof(ListDeadLetters))
            .WithSummary("Each consuming queue's dead-letter queue: how many messages wait there, and a sample of them.");
        group.MapPost("/redrive", RedriveDeadLetters).WithName(nameof(RedriveDeadLetters))
            .WithSummary("Send dead-lettered messages back to the queue they failed on (one queue, or every one). Each is handled once.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<DeadLetterSummary>>> ListDeadLetters(IMediator mediator, CancellationToken cancellationToken, int sample = 10) =>
        TypedResults.Ok(await mediator.Send(new ListDeadLettersQuery(sample), cancellationToken));

    private static async Task<Ok<IReadOnlyList<Redriven>>> RedriveDeadLetters(
        IMediator mediator, CancellationToken cancellationToken, string? queue = null, int max = Redrive.DefaultMax) =>
        TypedResults.Ok(await mediator.Send(new Redrive(queue, max), cancellationToken));
}
