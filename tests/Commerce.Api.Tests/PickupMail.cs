using System.Text.RegularExpressions;

namespace Commerce.Api.Tests;

/// <summary>The .eml files a host with <c>Notifications:Email:Delivery=PickupFolder</c> writes, read as a mailbox.</summary>
internal static partial class PickupMail
{
    /// <summary>Every email to <paramref name="email"/> so far, oldest first.</summary>
    public static IEnumerable<string> To(string folder, string email) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").OrderBy(File.GetLastWriteTimeUtc).Select(File.ReadAllText)
                .Where(m => m.Contains(email, StringComparison.Ordinal))
            : [];

    /// <summary>Waits for an email to <paramref name="email"/> with this subject and reads the newest one's code.</summary>
    public static async Task<string> CodeSentToAsync(string folder, string email, string subject)
    {
        string? code = null;
        await Eventually.HoldsAsync(() =>
        {
            code = To(folder, email).Where(m => m.Contains(subject, StringComparison.Ordinal))
                .Select(m => CodeInMail().Match(m)).Where(m => m.Success).Select(m => m.Groups[1].Value).LastOrDefault();
            return code is not null;
        }, $"an email '{subject}' to {email}");
        return code!;
    }

    [GeneratedRegex(@"code is (\d{6})\.")]
    private static partial Regex CodeInMail();
}
