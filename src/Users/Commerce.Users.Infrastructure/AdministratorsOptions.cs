namespace Commerce.Users.Infrastructure;

/// <summary>The accounts made staff at start (<c>Users:Administrators</c>): how a new shop gets its first admin.</summary>
internal sealed record AdministratorsOptions(IReadOnlyList<string> Emails);
