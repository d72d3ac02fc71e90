using Commerce.BuildingBlocks.Application;

namespace Commerce.Notifications.Infrastructure;

/// <summary>
/// Where emails go: <c>Smtp</c> sends through <see cref="Host"/>:<see cref="Port"/>; <c>PickupFolder</c> (Development's
/// setting) writes one .eml file per email into <see cref="PickupFolder"/>. There is no default: a host that would
/// file its emails away in a local folder, recording them sent, must say so.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Notifications:Email";

    public const string Smtp = "Smtp";

    public const string Pickup = "PickupFolder";

    public string? Delivery { get; init; }

    public string PickupFolder { get; init; } = ".local/mail";

    public string From { get; init; } = "shop@commerce.local";

    public string? Host { get; init; }

    public int Port { get; init; } = 587;

    /// <summary>TLS to the server: implicit on port 465, STARTTLS (required, never skipped) on any other port.</summary>
    public bool EnableSsl { get; init; } = true;

    /// <summary>How long one step with the SMTP server (connect, authenticate, send) may take before the try fails
    /// and the message is retried later.</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public string? UserName { get; init; }

    public string? Password { get; init; }

    public bool SendsThroughSmtp => string.Equals(Delivery, Smtp, StringComparison.OrdinalIgnoreCase);

    /// <summary>Refuses, at start, a configuration that cannot deliver an email, naming the setting to fix.</summary>
    public EmailOptions EnsureDeliverable()
    {
        if (string.IsNullOrWhiteSpace(Delivery))
        {
            throw new SettingRefusedException(
                $"{Section}:Delivery is not set: set it to {Smtp} (with {Section}:Host) to send emails, or to {Pickup} to write them into {Section}:PickupFolder.");
        }

        if (!SendsThroughSmtp && !string.Equals(Delivery, Pickup, StringComparison.OrdinalIgnoreCase))
        {
            throw new SettingRefusedException($"{Section}:Delivery is '{Delivery}'; it must be {Smtp} or {Pickup}.");
        }

        if (SendsThroughSmtp && string.IsNullOrWhiteSpace(Host))
        {
            throw new SettingRefusedException($"{Section}:Delivery is {Smtp} but {Section}:Host is not set.");
        }

        return this;
    }
}
