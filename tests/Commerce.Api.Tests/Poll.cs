namespace Commerce.Api.Tests;

/// <summary>The one way these tests wait for something to happen: check, and check again, until a deadline.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting for: {what}");
            }

            await Task.Delay(50);
        }
    }
}
