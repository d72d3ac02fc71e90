using Commerce.BuildingBlocks.Api.Http;
using Commerce.Users.Infrastructure.TokenServer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Commerce.Host;

/// <summary>
/// The OpenAPI document: the bearer scheme, which operations need it, and the error answers every operation can
/// give besides the ones its endpoint declares (401/403 when protected, 413 with a body, 429 always).
/// </summary>
internal static class CommerceOpenApi
{
    private const string Bearer = "Bearer";

    private const string SignIn = "SignIn";

    /// <summary>The client the API page signs in as (the shop fronts' public client), and the scopes it asks for.</summary>
    public const string PageClientId = TokenServerOptions.WebClientId;

    public static readonly string[] PageScopes = ["openid", "email", "profile"];

    /// <param name="ownIssuer">Whether this host issues tokens itself (the Users module): then the page also signs
    /// people in with a password at <c>/connect/token</c>.</param>
    public static IServiceCollection AddCommerceOpenApi(this IServiceCollection services, bool ownIssuer) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Commerce API";
                document.Info.Version = "v1";
                document.Info.Description = "Catalog, baskets, checkout, orders, inventory and notifications. " +
                    "Errors are RFC 7807 problem details with a stable `code`, `traceId` and `requestId`. " +
                    "Catalog reads are public; everything else takes a bearer token (roles `admin` and `customer`).";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A JWT from the configured issuer; in Development, POST /dev/tokens mints one.",
                };
                if (ownIssuer)
                {
                    document.Components.SecuritySchemes[SignIn] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.OAuth2,
                        Description = $"Sign in with an account's email and password (client `{PageClientId}`, no secret: send it in the request body).",
                        Flows = new OpenApiOAuthFlows
                        {
                            Password = new OpenApiOAuthFlow
                            {
                                TokenUrl = new Uri("/connect/token", UriKind.Relative),
                                RefreshUrl = new Uri("/connect/token", UriKind.Relative),
                                Scopes = PageScopes.ToDictionary(scope => scope, scope => $"the {scope} scope"),
                            },
                        },
                    };
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var alternatives = context.Description.ActionDescriptor.EndpointMetadata.OfType<AlternativeResponse>().ToList();
                if (alternatives.Count > 0 && operation.Responses?["200"].Content?["application/json"] is { Schema: { } first } body)
                {
                    List<IOpenApiSchema> shapes = [first];
                    foreach (var alternative in alternatives)
                    {
                        shapes.Add(await context.GetOrCreateSchemaAsync(alternative.Body, null, cancellationToken));
                    }

                    body.Schema = new OpenApiSchema { OneOf = shapes };
                }
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                operation.Responses ??= [];
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] });
                    if (ownIssuer)
                    {
                        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SignIn, context.Document)] = [] });
                    }

                    AddProblem(operation, context, StatusCodes.Status401Unauthorized, "No valid bearer token.");
                    AddProblem(operation, context, StatusCodes.Status403Forbidden, "The token's user or role may not do this.");
                }

                if (context.Description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body))
                {
                    AddProblem(operation, context, StatusCodes.Status413PayloadTooLarge, "The body is over the configured size limit.");
                }

                if (metadata.OfType<IfMatch.ReadsHeader>().Any())
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = IfMatch.Header,
                        In = ParameterLocation.Header,
                        Description = "The ETag you read (\"7\"): the write applies only to that version, else 412. Left out or *: any version.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    });
                }

                AddProblem(operation, context, StatusCodes.Status429TooManyRequests, "Over this client's rate limit; see Retry-After.");
                return Task.CompletedTask;
            });
        });

    private static void AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
            },
        };
    }
}
