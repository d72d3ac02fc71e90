namespace Commerce.Notifications.Infrastructure;

/// <summary>
/// Where emails go. <c>PickupFolder</c> (the default, for development) writes one .eml file per email into
/// <see cref="PickupFolder"/>; <c>Smtp</c> sends through <see cref="Host"/>:<see cref="Port"/>.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Notifications:Email";

    public string Delivery { get; init; } = "PickupFolder";

    public string PickupFolder { get; init; } = ".local/mail";

    public string From { get; init; } = "shop@commerce.local";

    public string? Host { get; init; }

    public int Port { get; init; } = 587;

    public bool EnableSsl { get; init; } = true;

    public string? UserName { get; init; }

    public string? Password { get; init; }
}
