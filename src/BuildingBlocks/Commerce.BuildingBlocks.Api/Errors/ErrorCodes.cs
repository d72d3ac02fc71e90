namespace Commerce.BuildingBlocks.Api.Errors;

/// <summary>Stable codes of errors that are not owned by a context's domain. Clients may branch on them.</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string MalformedJson = "malformed_json";
    public const string InvalidParameter = "invalid_parameter";
    public const string BadRequest = "bad_request";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string TooManyRequests = "too_many_requests";
    public const string VersionMismatch = "version_mismatch";
    public const string DependencyUnavailable = "dependency_unavailable";
    public const string Internal = "internal_error";

    public static string ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        413 => PayloadTooLarge,
        412 => VersionMismatch,
        415 => UnsupportedMediaType,
        429 => TooManyRequests,
        503 => DependencyUnavailable,
        >= 500 => Internal,
        _ => $"http_{status}",
    };
}
