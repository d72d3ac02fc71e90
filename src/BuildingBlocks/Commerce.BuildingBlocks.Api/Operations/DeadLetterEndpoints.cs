using Commerce.BuildingBlocks.Api.Security;
using Commerce.BuildingBlocks.Application.DeadLetters;
using ListDeadLettersQuery = Commerce.BuildingBlocks.Application.DeadLetters.ListDeadLetters.ListDeadLetters;
using Redrive = Commerce.BuildingBlocks.Application.DeadLetters.RedriveDeadLetters.RedriveDeadLetters;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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
            .WithSummary("Send dead-lettered messages back to the queue they failed on: the body's queue, or every one. Each is handled once. Send an Idempotency-Key to retry safely.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<DeadLetterSummary>>> ListDeadLetters(IMediator mediator, CancellationToken cancellationToken, int sample = 10) =>
        TypedResults.Ok(await mediator.Send(new ListDeadLettersQuery(sample), cancellationToken));

    private static async Task<Ok<IReadOnlyList<Redriven>>> RedriveDeadLetters(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RedriveRequest? body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Redrive(body?.Queue, body?.Max ?? Redrive.DefaultMax, idempotencyKey), cancellationToken));
}

/// <param name="Queue">The consuming queue whose dead letters go back; none: every consuming queue.</param>
/// <param name="Max">At most this many per queue (1 to 10,000; default 1,000).</param>
public sealed record RedriveRequest(string? Queue, int? Max);
