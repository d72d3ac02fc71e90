using Commerce.Users.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Users.Infrastructure.Persistence;

/// <summary>Identity's user row, with what the shop adds to it.</summary>
internal sealed class UserAccount : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public AccountStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>The address book, one JSON column of the account's row: it changes with the account's concurrency
    /// stamp, so two edits racing cannot lose one another.</summary>
    public List<AddressRow> Addresses { get; set; } = [];
}

internal sealed class AddressRow
{
    public Guid Id { get; set; }

    public string Label { get; set; } = string.Empty;

    public string Street { get; set; } = string.Empty;

    public string City { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public string ZipCode { get; set; } = string.Empty;

    public string Country { get; set; } = string.Empty;

    public bool IsDefault { get; set; }
}
