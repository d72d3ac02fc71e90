namespace Commerce.BuildingBlocks.Application;

/// <summary>
/// A setting the host cannot run with (missing, or invalid), named with what to set it to. The host gathers every one
/// of them before it stops (<see cref="SettingsRefusedException"/>), so an operator fixes them all in one go.
/// </summary>
public sealed class SettingRefusedException : InvalidOperationException
{
    public SettingRefusedException(string message)
        : base(message)
    {
    }

    public SettingRefusedException()
    {
    }

    public SettingRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Every setting the host refused at start, in one message: one line each.</summary>
public sealed class SettingsRefusedException : InvalidOperationException
{
    public SettingsRefusedException(IReadOnlyCollection<string> refusals)
        : base($"The host cannot start: {refusals?.Count} setting(s) to fix.{Environment.NewLine}"
            + string.Join(Environment.NewLine, (refusals ?? []).Select(r => $"  - {r}")))
    {
        Refusals = refusals ?? [];
    }

    public SettingsRefusedException()
    {
        Refusals = [];
    }

    public SettingsRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Refusals = [message];
    }

    public IReadOnlyCollection<string> Refusals { get; }
}
