using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.BuildingBlocks.Api.Errors;

public static class ProblemDetailsRegistration
{
    /// <summary>
    /// RFC 7807 for every error the API returns: a stable <c>code</c>, field <c>errors</c> when a field is to blame,
    /// and the <c>traceId</c> and <c>requestId</c> an operator needs to find the request in the logs.
    /// </summary>
    public static IServiceCollection AddCommerceProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var http = context.HttpContext;
            problem.Instance ??= http.Request.Path;
            problem.Extensions.TryAdd("code", ErrorCodes.ForStatus(problem.Status ?? http.Response.StatusCode));
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
            problem.Extensions["requestId"] = http.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        // Without this, minimal APIs answer a body they cannot read with an empty 400 outside Development;
        // throwing lets the handler name the field at fault.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Problem details for exceptions and for bodiless error statuses (unknown route, wrong method).</summary>
    public static IApplicationBuilder UseCommerceProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
