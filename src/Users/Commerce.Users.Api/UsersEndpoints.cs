using System.Security.Claims;
using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Api.Security;
using Commerce.BuildingBlocks.Application.Paging;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Application.Addresses;
using Commerce.Users.Application.ChangeMyProfile;
using Commerce.Users.Application.ListMyAddresses;
using Commerce.Users.Application.RemoveAddress;
using Commerce.Users.Application.ReplaceAddress;
using Commerce.Users.Application.SaveAddress;
using Commerce.Users.Application.ChangeAccountStatus;
using Commerce.Users.Application.ChangeAdminRole;
using Commerce.Users.Application.GetMyAccount;
using Commerce.Users.Application.ListAccounts;
using Commerce.Users.Application.RegisterUser;
using Commerce.Users.Application.RequestPasswordReset;
using Commerce.Users.Application.ResetPassword;
using Commerce.Users.Application.VerifyEmail;
using Commerce.BuildingBlocks.Api.RateLimiting;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Users.Api;

public static class UsersEndpoints
{
    public const string UsersRoute = "/api/v1/users";

    private static readonly ErrorFields Accounts = new ErrorFields()
        .Text("email", "email").Code("invalid_email", "email").Text("name", "name").Code(AccountCodes.InvalidCode, "code");

    private static readonly ErrorFields Addresses = new ErrorFields()
        .Text("label", "label").Text("street", "street").Text("city", "city").Text("state", "state")
        .Text("zip_code", "zipCode").Text("country", "country");

    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup(UsersRoute).WithTags("Users");
        users.MapPost("/", RegisterUser).WithName(nameof(RegisterUser))
            .WithSummary("Sign up. The answer is 202 whether or not the address already has an account, so it tells no one which addresses do.")
            .AllowAnonymous().RequireRateLimiting(RatePolicies.AccountCodes).MapsErrors(Accounts).ProducesProblem(StatusCodes.Status400BadRequest);
        users.MapPost("/email-verification", VerifyEmail).WithName(nameof(VerifyEmail))
            .WithSummary("Verify the address with the code emailed at sign-up. A wrong code, an unknown address and a locked account answer alike (400 invalid_code); wrong codes count towards the lockout.")
            .AllowAnonymous().RequireRateLimiting(RatePolicies.AccountCodes).MapsErrors(Accounts).ProducesProblem(StatusCodes.Status400BadRequest);
        users.MapPost("/password-reset", RequestPasswordReset).WithName(nameof(RequestPasswordReset))
            .WithSummary("Ask for a password reset code by email. The answer is 202 whether or not the address has an account.")
            .AllowAnonymous().RequireRateLimiting(RatePolicies.AccountCodes).MapsErrors(Accounts).ProducesProblem(StatusCodes.Status400BadRequest);
        users.MapPost("/password-reset/confirm", ResetPassword).WithName(nameof(ResetPassword))
            .WithSummary("Set a new password with the emailed code; every earlier sign-in ends (refresh tokens at once, access tokens within seconds). Refusals answer as email verification's do.")
            .AllowAnonymous().RequireRateLimiting(RatePolicies.AccountCodes).MapsErrors(Accounts).ProducesProblem(StatusCodes.Status400BadRequest);
        users.MapGet("/me", GetMyAccount).WithName(nameof(GetMyAccount))
            .WithSummary("The caller's own account (a token this shop issued).")
            .RequireAuthorization(Roles.Customer).ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPatch("/me", ChangeMyProfile).WithName(nameof(ChangeMyProfile))
            .WithSummary("Change the caller's display name; a field left out stays as it is.")
            .RequireAuthorization(Roles.Customer).MapsErrors(Accounts)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        var addresses = users.MapGroup("/me/addresses").RequireAuthorization(Roles.Customer).MapsErrors(Addresses)
            .ProducesProblem(StatusCodes.Status404NotFound);
        addresses.MapGet("/", ListMyAddresses).WithName(nameof(ListMyAddresses))
            .WithSummary("The caller's saved addresses; exactly one is the default shipping address when there is any.");
        addresses.MapPost("/", SaveAddress).WithName(nameof(SaveAddress))
            .WithSummary("Keep a new address (at most 20); the first one, or one sent with isDefault, is the default.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        addresses.MapPut("/{addressId:guid}", ReplaceAddress).WithName(nameof(ReplaceAddress))
            .WithSummary("Replace a saved address; isDefault true makes it the default (false leaves the default where it is).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        addresses.MapDelete("/{addressId:guid}", RemoveAddress).WithName(nameof(RemoveAddress))
            .WithSummary("Remove a saved address; if it was the default, the oldest one left becomes the default.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        users.MapGet("/", ListAccounts).WithName(nameof(ListAccounts))
            .WithSummary("Admin: accounts, oldest first; `search` finds a part of an address or name, in any case.")
            .RequireAuthorization(Roles.Admin).ProducesProblem(StatusCodes.Status400BadRequest);
        users.MapPost("/{accountId:guid}/disable", DisableAccount).WithName(nameof(DisableAccount))
            .WithSummary("Admin: the holder can no longer sign in, and every sign-in of theirs ends: refresh tokens at once, access tokens within Users:Tokens:EntryCheckLifetime (5 s).")
            .RequireAuthorization(Roles.Admin).ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPost("/{accountId:guid}/enable", EnableAccount).WithName(nameof(EnableAccount))
            .WithSummary("Admin: a disabled account may sign in again.")
            .RequireAuthorization(Roles.Admin).ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPut("/{accountId:guid}/roles/admin", GrantAdmin).WithName(nameof(GrantAdmin))
            .WithSummary("Admin: make the account staff; its tokens say so from their next refresh.")
            .RequireAuthorization(Roles.Admin).ProducesProblem(StatusCodes.Status404NotFound);
        users.MapDelete("/{accountId:guid}/roles/admin", RevokeAdmin).WithName(nameof(RevokeAdmin))
            .WithSummary("Admin: take the staff role back; its tokens lose it at their next refresh.")
            .RequireAuthorization(Roles.Admin).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<AccountResponse>> ChangeMyProfile(ChangeProfileRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(AccountResponse.From(await mediator.Send(new ChangeMyProfile(user.Identity!.Name!, body.Name), cancellationToken)));

    private static async Task<Ok<AddressResponse[]>> ListMyAddresses(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok((await mediator.Send(new ListMyAddresses(user.Identity!.Name!), cancellationToken)).Select(AddressResponse.From).ToArray());

    private static async Task<Created<AddressResponse>> SaveAddress(AddressRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var saved = AddressResponse.From(await mediator.Send(new SaveAddress(user.Identity!.Name!, body.Label, body.Street, body.City, body.State, body.ZipCode, body.Country, body.IsDefault), cancellationToken));
        return TypedResults.Created($"{UsersRoute}/me/addresses/{saved.Id}", saved);
    }

    private static async Task<Ok<AddressResponse>> ReplaceAddress(
        Guid addressId, AddressRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(AddressResponse.From(await mediator.Send(new ReplaceAddress(
            user.Identity!.Name!, addressId, body.Label, body.Street, body.City, body.State, body.ZipCode, body.Country, body.IsDefault), cancellationToken)));

    private static async Task<NoContent> RemoveAddress(Guid addressId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveAddress(user.Identity!.Name!, addressId), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PagedResult<AccountResponse>>> ListAccounts(
        IMediator mediator, CancellationToken cancellationToken, string? search = null, int page = 1, int pageSize = PageRequest.DefaultPageSize) =>
        TypedResults.Ok((await mediator.Send(new ListAccounts(search, page, pageSize), cancellationToken)).Select(AccountResponse.From));

    private static async Task<Ok<AccountResponse>> DisableAccount(Guid accountId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(AccountResponse.From(await mediator.Send(new ChangeAccountStatus(accountId, Disabled: true), cancellationToken)));

    private static async Task<Ok<AccountResponse>> EnableAccount(Guid accountId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(AccountResponse.From(await mediator.Send(new ChangeAccountStatus(accountId, Disabled: false), cancellationToken)));

    private static async Task<Ok<AccountResponse>> GrantAdmin(Guid accountId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(AccountResponse.From(await mediator.Send(new ChangeAdminRole(accountId, Granted: true), cancellationToken)));

    private static async Task<Ok<AccountResponse>> RevokeAdmin(Guid accountId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(AccountResponse.From(await mediator.Send(new ChangeAdminRole(accountId, Granted: false), cancellationToken)));

    private static async Task<Accepted> RegisterUser(RegisterUserRequest body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RegisterUser(body.Email, body.Password, body.Name), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> VerifyEmail(VerifyEmailRequest body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new VerifyEmail(body.Email, body.Code), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Accepted> RequestPasswordReset(PasswordResetRequest body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RequestPasswordReset(body.Email), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> ResetPassword(ConfirmPasswordResetRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new ResetPassword(body.Email, body.Code, body.NewPassword), cancellationToken)
            ? TypedResults.NoContent()
            : throw AccountCodes.Refused();

    private static async Task<Ok<AccountResponse>> GetMyAccount(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(AccountResponse.From(await mediator.Send(new GetMyAccount(user.Identity!.Name!), cancellationToken)));
}

public sealed record RegisterUserRequest(string? Email, string? Password, string? Name);

public sealed record VerifyEmailRequest(string? Email, string? Code);

public sealed record PasswordResetRequest(string? Email);

public sealed record ConfirmPasswordResetRequest(string? Email, string? Code, string? NewPassword);

public sealed record ChangeProfileRequest(string? Name);

public sealed record AddressRequest(string? Label, string? Street, string? City, string? State, string? ZipCode, string? Country, bool IsDefault = false);

public sealed record AddressResponse(Guid Id, string Label, string Street, string City, string State, string ZipCode, string Country, bool IsDefault)
{
    public static AddressResponse From(AddressDto address) =>
        new(address.Id, address.Label, address.Street, address.City, address.State, address.ZipCode, address.Country, address.IsDefault);
}

/// <param name="UserName">What baskets, orders and the rest of the API know this account by (the token's <c>sub</c>).</param>
public sealed record AccountResponse(Guid Id, string UserName, string Email, string Name, string Status, bool EmailVerified, IReadOnlyList<string> Roles)
{
    public static AccountResponse From(AccountDto account) =>
        new(account.Id, account.UserName, account.Email, account.DisplayName, account.Status, account.EmailVerified, account.Roles);
}
