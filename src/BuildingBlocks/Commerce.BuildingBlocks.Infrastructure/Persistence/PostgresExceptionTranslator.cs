using System.Net.Sockets;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Domain;
using JasperFx;
using Marten.Exceptions;
using Npgsql;

namespace Commerce.BuildingBlocks.Infrastructure.Persistence;

internal sealed class PostgresExceptionTranslator(IEnumerable<UniqueValue> uniqueValues) : IExceptionTranslator
{
    public Exception? Translate(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } violation:
                    var known = uniqueValues.FirstOrDefault(u => u.IndexName == violation.ConstraintName);
                    return known is null
                        ? new ConflictException("duplicate_value", "A value that must be unique is already taken.")
                        : new ConflictException(known.Code, known.Message, known.Field);
                // Text PostgreSQL cannot keep (U+0000, in a column or inside JSON): the client's input, not our failure.
                case PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter }:
                    return new InvalidValueException("unstorable_text", "Text may not contain the NUL character (U+0000).");
                case ConcurrencyException or ConcurrentUpdateException:
                    return new ConflictException("concurrent_update", "The resource was changed by another request; read it again and retry.");
                case PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.TooManyConnections }:
                case NpgsqlException { InnerException: SocketException or TimeoutException or IOException }:
                case SocketException:
                    return new DependencyUnavailableException("PostgreSQL", exception);
            }
        }

        return null;
    }
}
