using Commerce.Users.Application.Accounts;

namespace Commerce.Users.Application.ResetPassword;

/// <summary>Sets a new password with the code sent by email; every sign-in made before ends (its refresh tokens are
/// revoked) and the holder is told. False when the code is refused: that try still counts towards the lockout, so
/// it is an answer, not an exception that would roll it back.</summary>
public sealed record ResetPassword(string? Email, string? Code, string? NewPassword) : IAccountChange<bool>;
