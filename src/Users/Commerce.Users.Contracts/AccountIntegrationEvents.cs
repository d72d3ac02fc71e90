namespace Commerce.Users.Contracts;

// What Users asks other contexts to tell an account's holder, on SQS as plain JSON (camelCase). The code is what
// proves the holder reads the mailbox: it travels to Notifications only, is short-lived and works once. Add fields,
// never rename or remove them.

/// <summary>Someone signed up with this address (or signed up again before verifying it): the code verifies it. The
/// email shows no <paramref name="Name"/>: whoever signed up chose it, and the address has not proved itself.</summary>
public sealed record EmailVerificationRequested(Guid AccountId, string Email, string Name, string Code, DateTimeOffset ExpiresAt);

/// <summary>Someone signed up again with an address whose account is verified: its holder hears of it, nothing changed.</summary>
public sealed record SignUpRepeated(Guid AccountId, string Email, string Name, DateTimeOffset At);

/// <summary>A password reset was asked for this account: the code sets a new password. The email shows no <paramref name="Name"/>,
/// as the verification email does not.</summary>
public sealed record PasswordResetRequested(Guid AccountId, string Email, string Name, string Code, DateTimeOffset ExpiresAt);

/// <summary>The password was reset: every sign-in made before has ended; its holder hears of it.</summary>
public sealed record PasswordReset(Guid AccountId, string Email, string Name, DateTimeOffset At);
