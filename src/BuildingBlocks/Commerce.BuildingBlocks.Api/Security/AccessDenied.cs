using Commerce.BuildingBlocks.Api.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.BuildingBlocks.Api.Security;

public static class AccessDenied
{
    /// <summary>403 in the API's one error shape, code <c>forbidden</c>.</summary>
    public static ProblemHttpResult Problem(string detail) =>
        TypedResults.Problem(ProblemFactory.Problem(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, detail));
}
