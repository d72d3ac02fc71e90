using System.Net.Sockets;
using System.Text.Json;
using Amazon.Runtime;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Domain;
using FluentValidation;
using JasperFx;
using JasperFx.Events;
using Marten.Exceptions;
using Npgsql;

namespace Commerce.BuildingBlocks.Infrastructure.Messaging;

/// <summary>What kind of failure a message handler met: the error policy (MessagingRegistration) acts on the kind.</summary>
public static class MessageFailures
{
    /// <summary>Another handler changed the same data first: a fresh try reads its result.</summary>
    public static bool IsConflict(Exception exception) => exception switch
    {
        ConflictException or ConcurrencyException or ConcurrentUpdateException or EventStreamUnexpectedMaxEventIdException => true,
        PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } => true,
        _ => exception.InnerException is { } inner && IsConflict(inner),
    };

    /// <summary>Something the handler needs is away (PostgreSQL, SQS, SMTP: DependencyUnavailableException) or too slow: it will work once it is back.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        DependencyUnavailableException or TimeoutException or SocketException or HttpRequestException or IOException => true,
        OperationCanceledException => true, // the handler ran past its time limit
        NpgsqlException { IsTransient: true } => true,
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } => true,
        AmazonServiceException { StatusCode: >= System.Net.HttpStatusCode.InternalServerError } => true,
        AmazonServiceException { ErrorCode: "ThrottlingException" or "RequestThrottled" } => true,
        AmazonClientException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };

    /// <summary>The message itself is wrong: no retry can help, it goes to the dead letters at once.</summary>
    public static bool IsPoison(Exception exception) =>
        exception is JsonException or ValidationException or DomainException or ArgumentException or NotSupportedException;
}
