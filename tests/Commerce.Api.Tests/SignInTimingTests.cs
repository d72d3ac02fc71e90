using System.Net.Http.Json;

namespace Commerce.Api.Tests;

/// <summary>Timing is measured alone: tests running beside it on two cores would weigh on one sample and not another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAlone
{
    public const string Name = "measured alone";
}

[Collection(MeasuredAlone.Name)]
public class SignInTimingTests(UsersApiFactory factory) : IClassFixture<UsersApiFactory>
{
    private const string Secret = "correct horse battery";

    /// <summary>
    /// The three refusals cost the same, one password hash each, so the time of the answer tells nothing either
    /// (before: unknown ≈ 2 hashes, wrong ≈ 1, locked ≈ none). Interleaved rounds, so the machine's load falls on all three alike.
    /// </summary>
    [Fact]
    public async Task Unknown_address_wrong_password_and_lockout_take_the_same_time()
    {
        var locked = NewEmail();
        await SignUpAsync(locked);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await TokenAsync(TokenRequests.Password("password", locked, "wrong password!"));
        }

        // Wrong passwords from three accounts, three each, so none of them is locked out meanwhile.
        var wrongs = new[] { NewEmail(), NewEmail(), NewEmail() };
        foreach (var email in wrongs)
        {
            await SignUpAsync(email);
        }

        var unknown = new List<double>();
        var wrong = new List<double>();
        var lockedOut = new List<double>();
        async Task TimeAsync(List<double> samples, string email)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            (await TokenAsync(TokenRequests.Password("password", email, "wrong password!"))).Error.Should().Be("invalid_grant");
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        const int Rounds = 12;
        await TimeAsync(unknown, NewEmail()); // warm-up: the first request of each kind pays for what is cached after it
        for (var round = 0; round < Rounds; round++)
        {
            // Each kind takes each place in the round as often as the others: a request right after another costs
            // differently on a busy machine, and that must not fall on one kind.
            Func<Task>[] kinds = [() => TimeAsync(unknown, NewEmail()), () => TimeAsync(wrong, wrongs[round % 3]), () => TimeAsync(lockedOut, locked)];
            for (var place = 0; place < kinds.Length; place++)
            {
                await kinds[(round + place) % kinds.Length]();
            }
        }

        static double Median(List<double> samples) => samples.Skip(samples.Count - Rounds).Order().ElementAt(Rounds / 2);
        var medians = new[] { Median(unknown), Median(wrong), Median(lockedOut) };
        (medians.Max() / medians.Min()).Should().BeLessThan(1.6,
            $"the medians (unknown {medians[0]:0} ms, wrong password {medians[1]:0} ms, locked {medians[2]:0} ms) must not tell the cases apart");
    }

    private static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    private Task<HttpResponseMessage> SignUpAsync(string email) =>
        factory.AnonymousClient().PostAsJsonAsync("/api/v1/users", new { email, password = Secret, name = "Ada Lovelace" });

    private Task<TokenAnswer> TokenAsync(Dictionary<string, string> form) => TokenRequests.SendAsync(factory.AnonymousClient(), form);
}
