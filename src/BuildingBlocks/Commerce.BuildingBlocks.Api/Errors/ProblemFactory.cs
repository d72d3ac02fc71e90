using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.BuildingBlocks.Api.Errors;

/// <summary>The one place that decides which status and code each kind of error gets.</summary>
internal static partial class ProblemFactory
{
    /// <param name="fields">The route's map from domain error codes to its field names, if it has one.</param>
    public static ProblemDetails From(Exception exception, ErrorFields? fields = null) => exception switch
    {
        ValidationException validation => Problem(StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed,
            "The request has invalid fields.", validation.Errors.GroupBy(e => FieldName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        InvalidValueException invalid => Problem(StatusCodes.Status400BadRequest, invalid.Code, invalid.Message,
            fields?.FieldOf(invalid.Code) is { } field ? Errors(field, invalid.Message) : null),
        InvalidInputException input => Problem(StatusCodes.Status400BadRequest, input.Code, input.Message, Errors(input.Field, input.Message)),
        InvalidStateException state => WithExtension(Problem(StatusCodes.Status409Conflict, state.Code, state.Message), "currentStatus", state.CurrentState),
        DomainException refused => Problem(StatusCodes.Status422UnprocessableEntity, refused.Code, refused.Message),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, notFound.Code, notFound.Message),
        ConflictException conflict => Problem(StatusCodes.Status409Conflict, conflict.Code, conflict.Message,
            conflict.Field is null ? null : Errors(conflict.Field, conflict.Message)),
        PreconditionFailedException stale => WithExtension(Problem(StatusCodes.Status412PreconditionFailed, ErrorCodes.VersionMismatch, stale.Message),
            "currentVersion", stale.CurrentVersion),
        DependencyUnavailableException unavailable => Problem(StatusCodes.Status503ServiceUnavailable,
            ErrorCodes.DependencyUnavailable, unavailable.Message),
        BadHttpRequestException { InnerException: JsonException json } => Problem(StatusCodes.Status400BadRequest,
            ErrorCodes.MalformedJson, "The request body is not valid JSON for this operation.",
            Errors(JsonField(json.Path), json.Path is null or "$" ? "The body is not valid JSON." : "The value is malformed or of the wrong type.")),
        BadHttpRequestException badRequest when BindFailure().Match(badRequest.Message) is { Success: true } bind =>
            Problem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidParameter, badRequest.Message,
                Errors(bind.Groups["name"].Value, $"'{bind.Groups["value"].Value}' is not a valid {bind.Groups["type"].Value}.")),
        BadHttpRequestException badRequest => Problem(badRequest.StatusCode, ErrorCodes.ForStatus(badRequest.StatusCode), badRequest.Message),
        _ => Problem(StatusCodes.Status500InternalServerError, ErrorCodes.Internal, "An unexpected error occurred; it has been logged."),
    };

    public static ProblemDetails Problem(int status, string code, string detail, IDictionary<string, string[]>? errors = null)
    {
        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions["code"] = code;
        if (errors is { Count: > 0 })
        {
            problem.Extensions["errors"] = errors;
        }

        return problem;
    }

    /// <summary>Answers from middleware, before any endpoint runs, in the same shape (traceId, requestId) as the rest.</summary>
    public static ValueTask WriteAsync(HttpContext http, int status, string code, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = Problem(status, code, detail),
        });
    }

    private static ProblemDetails WithExtension(ProblemDetails problem, string name, object value)
    {
        problem.Extensions[name] = value;
        return problem;
    }

    private static Dictionary<string, string[]> Errors(string field, string message) => new() { [field] = [message] };

    /// <summary><c>Items[0].UnitPrice</c> becomes <c>items[0].unitPrice</c>: the field as the JSON client wrote it.</summary>
    public static string FieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment =>
            segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : FieldName(path.TrimStart('$', '.'));

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^ "]+) (?<name>[^"]+)" from "(?<value>[^"]*)"\.$""")]
    private static partial Regex BindFailure();
}
