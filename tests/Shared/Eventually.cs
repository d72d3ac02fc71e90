namespace Commerce.Tests;

/// <summary>The one way the tests wait for something to happen: check, and check again, until a deadline.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int seconds = 60)
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

    public static Task HoldsAsync(Func<bool> condition, string what, int seconds = 60) =>
        HoldsAsync(() => Task.FromResult(condition()), what, seconds);
}
