using System.Text.Json;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Infrastructure.Messaging;

namespace Commerce.Messaging.Tests;

/// <summary>
/// Our Wolverine transport against the real emulator and PostgreSQL: Wolverine's durable outbox sends, its durable
/// inbox receives, and the pitfalls public issue trackers report about SQS each have a test.
/// </summary>
public class SqsTransportTests
{
    private static Parcel[] Parcels(int count, string note = "") => [.. Enumerable.Range(1, count).Select(n => new Parcel(Guid.NewGuid(), n, note))];

    [Fact]
    public async Task A_listened_queue_is_created_with_its_dead_letter_queue_and_a_redrive_policy_with_the_configured_receive_count()
    {
        await using var host = await TransportHost.StartAsync(new() { MaxReceiveCount = 4 });
        using var sqs = Emulator.Client();
        await host.PublishAsync(Parcels(1));
        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count == 1, "the parcel handled");

        var url = (await sqs.GetQueueUrlAsync(host.QueueName)).QueueUrl;
        var redrive = (await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["RedrivePolicy"] })).Attributes["RedrivePolicy"];

        JsonDocument.Parse(redrive).RootElement.GetProperty("deadLetterTargetArn").GetString().Should().EndWith(host.DeadLetterQueue);
        JsonDocument.Parse(redrive).RootElement.GetProperty("maxReceiveCount").ToString().Should().Be("4");
    }

    [Fact]
    public async Task Without_auto_provisioning_a_missing_queue_stops_the_start_with_its_name()
    {
        var act = async () => await TransportHost.StartAsync(new() { AutoProvision = false });

        (await act.Should().ThrowAsync<Exception>()).Which.ToString().Should().Contain("parcels").And.Contain("does not exist");
    }

    [Fact]
    public async Task Published_messages_arrive_once_each_as_plain_json_with_the_wire_attributes()
    {
        var audit = Emulator.NewPrefix();
        await using var host = await TransportHost.StartAsync(new() { AlsoPublishTo = audit });
        using var sqs = Emulator.Client();
        var parcels = Parcels(25, note: "fragile");

        await host.PublishAsync(parcels);

        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count >= 25, "25 parcels handled");
        host.Deliveries.Handled.Select(p => p.Id).Should().BeEquivalentTo(parcels.Select(p => p.Id), "each once");
        var raw = await Queues.TakeAsync(sqs, $"{host.Prefix}-{audit}", taken => taken.Count >= 25);
        raw.Should().HaveCount(25);
        var first = raw.Single(m => JsonDocument.Parse(m.Body).RootElement.GetProperty("number").GetInt32() == 1);
        JsonDocument.Parse(first.Body).RootElement.GetProperty("note").GetString().Should().Be("fragile", "the body is the message as plain camelCase JSON");
        Queues.Attribute(first, IntegrationEventWire.MessageType).Should().Be(nameof(Parcel));
        Guid.TryParse(Queues.Attribute(first, IntegrationEventWire.MessageId), out _).Should().BeTrue();
        Queues.Attribute(first, IntegrationEventWire.TraceParent).Should().BeNull("nothing was traced here");
        await Eventually.HoldsAsync(async () => await Queues.DepthAsync(sqs, host.QueueName) == 0, "every message deleted after it was stored");
    }

    [Fact]
    public async Task A_message_another_system_sends_as_plain_json_is_received_and_its_redelivery_is_dropped()
    {
        await using var host = await TransportHost.StartAsync();
        using var sqs = Emulator.Client();
        var id = Guid.NewGuid();
        var body = $$"""{"id":"{{id}}","number":7,"note":"from node"}""";
        var attributes = new Dictionary<string, string> { [IntegrationEventWire.MessageType] = "Parcel", [IntegrationEventWire.MessageId] = "node-42" };

        await Queues.SendRawAsync(sqs, host.QueueName, body, attributes);
        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count == 1, "the foreign message handled");
        await Queues.SendRawAsync(sqs, host.QueueName, body, attributes);
        await Eventually.HoldsAsync(async () => await Queues.DepthAsync(sqs, host.QueueName) == 0, "the redelivery taken off the queue");

        host.Deliveries.Handled.Should().ContainSingle().Which.Should().Be(new Parcel(id, 7, "from node"));
    }

    [Fact]
    public async Task Sends_are_batched_up_to_ten_entries_per_request()
    {
        var batches = new List<int>();
        var client = SqsInterceptor.Wrap(Emulator.Client(), (method, args, _) =>
        {
            if (method == nameof(IAmazonSQS.SendMessageBatchAsync))
            {
                lock (batches)
                {
                    batches.Add(((SendMessageBatchRequest)args[0]!).Entries.Count);
                }
            }

            return null;
        });
        await using var host = await TransportHost.StartAsync(new() { Client = client, Listen = false });

        await host.PublishAsync(Parcels(40));

        using var sqs = Emulator.Client();
        await Eventually.HoldsAsync(async () => await Queues.DepthAsync(sqs, host.QueueName) == 40, "40 messages on the queue");
        lock (batches)
        {
            batches.Sum().Should().Be(40);
            batches.Should().OnlyContain(n => n >= 1 && n <= 10);
            batches.Should().Contain(n => n > 1, "messages published together go in one request");
        }
    }

    [Fact]
    public async Task Entries_sqs_refuses_for_its_own_reasons_are_sent_again_and_none_is_lost()
    {
        var refuse = 2;
        var client = SqsInterceptor.Wrap(Emulator.Client(), (method, args, inner) =>
        {
            if (method != nameof(IAmazonSQS.SendMessageBatchAsync) || Interlocked.Exchange(ref refuse, 0) == 0)
            {
                return null;
            }

            // SQS accepts the first entries and refuses the last ones, as it does under throttling.
            var request = (SendMessageBatchRequest)args[0]!;
            var refused = request.Entries.TakeLast(2).ToList();
            inner.SendMessageBatchAsync(new SendMessageBatchRequest { QueueUrl = request.QueueUrl, Entries = [.. request.Entries.Except(refused)] }).GetAwaiter().GetResult();
            return Task.FromResult(new SendMessageBatchResponse
            {
                Failed = [.. refused.Select(e => new BatchResultErrorEntry { Id = e.Id, Code = "ThrottlingException", SenderFault = false })],
            });
        });
        await using var host = await TransportHost.StartAsync(new() { Client = client });
        var parcels = Parcels(6);

        await host.PublishAsync(parcels);

        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count >= 6, "every parcel handled");
        host.Deliveries.Handled.Select(p => p.Id).Should().BeEquivalentTo(parcels.Select(p => p.Id));
        refuse.Should().Be(0, "the refusal happened");
    }

    [Fact]
    public async Task An_entry_refused_for_the_senders_fault_is_kept_in_the_dead_letter_storage_and_the_rest_of_its_batch_goes_on()
    {
        var poisonNote = "refuse-me";
        var client = SqsInterceptor.Wrap(Emulator.Client(), (method, args, inner) =>
        {
            if (method != nameof(IAmazonSQS.SendMessageBatchAsync))
            {
                return null;
            }

            var request = (SendMessageBatchRequest)args[0]!;
            var refused = request.Entries.Where(e => e.MessageBody.Contains(poisonNote, StringComparison.Ordinal)).ToList();
            if (refused.Count == 0)
            {
                return null;
            }

            var rest = request.Entries.Except(refused).ToList();
            if (rest.Count > 0)
            {
                inner.SendMessageBatchAsync(new SendMessageBatchRequest { QueueUrl = request.QueueUrl, Entries = rest }).GetAwaiter().GetResult();
            }

            return Task.FromResult(new SendMessageBatchResponse
            {
                Failed = [.. refused.Select(e => new BatchResultErrorEntry { Id = e.Id, Code = "InvalidMessageContents", SenderFault = true })],
            });
        });
        await using var host = await TransportHost.StartAsync(new() { Client = client });
        var good = Parcels(3);

        await host.PublishAsync([.. good, new Parcel(Guid.NewGuid(), 99, poisonNote)]);

        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count >= 3, "the good parcels handled");
        await Eventually.HoldsAsync(async () => await host.StoredDeadLettersAsync() == 1, "the refused one kept where an operator sees it");
        host.Deliveries.Handled.Select(p => p.Id).Should().BeEquivalentTo(good.Select(p => p.Id));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_fails_once_into_the_dead_letter_storage_and_the_rest_is_sent()
    {
        await using var host = await TransportHost.StartAsync();
        var huge = new Parcel(Guid.NewGuid(), 1, new string('x', 300 * 1024));
        var small = new Parcel(Guid.NewGuid(), 2);

        await host.PublishAsync(huge, small);

        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count == 1, "the small parcel handled");
        await Eventually.HoldsAsync(async () => await host.StoredDeadLettersAsync() == 1, "the huge one kept, visibly");
        host.Deliveries.Handled.Single().Id.Should().Be(small.Id);
    }

    [Fact]
    public async Task A_message_no_mapper_can_read_goes_to_the_dead_letter_queue_at_once_saying_why()
    {
        await using var host = await TransportHost.StartAsync();
        using var sqs = Emulator.Client();

        await Queues.SendRawAsync(sqs, host.QueueName, "{\"id\":1}", new() { ["something"] = "else" }); // no message type at all

        var dead = await Queues.TakeAsync(sqs, host.DeadLetterQueue, taken => taken.Count >= 1);
        dead.Should().ContainSingle().Which.Body.Should().Be("{\"id\":1}");
        Queues.Attribute(dead[0], "exception-message").Should().Contain("message-type");
        await Eventually.HoldsAsync(async () => await Queues.DepthAsync(sqs, host.QueueName) == 0, "the unreadable message taken off its queue");
    }

    [Fact]
    public async Task A_poison_message_is_dead_lettered_at_once_and_a_transient_failure_is_retried_until_it_passes()
    {
        await using var host = await TransportHost.StartAsync();
        using var sqs = Emulator.Client();
        var poison = new Parcel(Guid.NewGuid(), 1, "poison");
        var flaky = new Parcel(Guid.NewGuid(), 2, "flaky");
        var flakyUntil = DateTime.UtcNow.AddSeconds(4);
        host.Deliveries.Failure = parcel => parcel.Note switch
        {
            "poison" => new RefusedParcelException(),
            "flaky" when DateTime.UtcNow < flakyUntil => new TimeoutException("the database is away"),
            _ => null,
        };

        await host.PublishAsync(poison, flaky);

        var dead = await Queues.TakeAsync(sqs, host.DeadLetterQueue, taken => taken.Count >= 1);
        Queues.Attribute(dead.Single(), IntegrationEventWire.MessageType).Should().Be(nameof(Parcel));
        Queues.Attribute(dead.Single(), "exception-type").Should().Be(typeof(RefusedParcelException).FullName);
        host.Deliveries.Attempts[poison.Id].Should().Be(1, "poison is not retried");
        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Any(p => p.Id == flaky.Id), "the flaky parcel handled once its dependency is back");
        host.Deliveries.Attempts[flaky.Id].Should().BeGreaterThan(2, "it was retried for the whole outage, past the end of its one-step schedule");
        (await host.StoredDeadLettersAsync()).Should().Be(0, "nothing was parked");
    }

    [Fact]
    public async Task A_handler_slower_than_the_visibility_timeout_runs_once_because_its_message_is_kept_hidden()
    {
        await using var host = await TransportHost.StartAsync(new() { DurableInbox = false, VisibilityTimeout = 2 });
        using var sqs = Emulator.Client();
        host.Deliveries.HandlingTime = TimeSpan.FromSeconds(5);
        var parcel = Parcels(1)[0];

        await host.PublishAsync(parcel);

        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count == 1, "the slow handler finished");
        await Eventually.HoldsAsync(async () => await Queues.DepthAsync(sqs, host.QueueName) == 0, "the message deleted");
        host.Deliveries.Attempts[parcel.Id].Should().Be(1);
    }

    [Fact]
    public async Task A_handler_that_runs_past_its_time_limit_is_cancelled_and_retried()
    {
        await using var host = await TransportHost.StartAsync(new() { HandlerTimeout = TimeSpan.FromSeconds(1) });
        host.Deliveries.FirstAttemptTime = TimeSpan.FromSeconds(30); // a send that hangs
        var parcel = Parcels(1)[0];

        await host.PublishAsync(parcel);

        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count == 1, "the parcel handled by its second attempt", seconds: 20);
        host.Deliveries.Attempts[parcel.Id].Should().Be(2, "the hung attempt was cancelled at its time limit, then retried");
        (await host.StoredDeadLettersAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Null_collections_and_client_exceptions_from_the_sdk_do_not_stop_the_listener()
    {
        var failures = 3;
        var client = SqsInterceptor.Wrap(Emulator.Client(), (method, _, _) =>
        {
            if (method != nameof(IAmazonSQS.ReceiveMessageAsync))
            {
                return null;
            }

            var left = Interlocked.Decrement(ref failures);
            return left switch
            {
                >= 2 => Task.FromResult(new ReceiveMessageResponse { Messages = null }), // AWSSDK v4 answers null, not empty
                >= 0 => Task.FromException<ReceiveMessageResponse>(new AmazonClientException("the network went away")),
                _ => null,
            };
        });
        await using var host = await TransportHost.StartAsync(new() { Client = client });

        await host.PublishAsync(Parcels(1));

        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count == 1, "the parcel handled after the faults");
        failures.Should().BeNegative("the listener went on polling past null answers and exceptions");
    }

    [Fact]
    public async Task A_listener_survives_the_endpoint_restarting_and_losing_its_queues()
    {
        await using var emulator = new PrivateEmulator();
        await emulator.StartAsync();
        await using var host = await TransportHost.StartAsync(new() { ServiceUrl = emulator.Url });
        await host.PublishAsync(new Parcel(Guid.NewGuid(), 1));
        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count == 1, "the first parcel handled");

        await emulator.StopAsync();
        await emulator.StartAsync(); // an emulator keeps its queues in memory: they are gone now
        await host.PublishAsync(new Parcel(Guid.NewGuid(), 2));

        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count == 2, "a parcel handled after the restart", seconds: 60);
    }

    [Fact]
    public async Task The_outbox_keeps_what_is_published_while_sqs_is_away_and_sends_it_once_sqs_is_back()
    {
        await using var emulator = new PrivateEmulator();
        await emulator.StartAsync();
        await using var host = await TransportHost.StartAsync(new() { ServiceUrl = emulator.Url });
        await emulator.StopAsync();

        var parcels = Parcels(5);
        await host.PublishAsync(parcels);
        await Eventually.HoldsAsync(async () => await host.StoredOutgoingAsync() == 5, "the outbox holding them while sends fail");
        await emulator.StartAsync();

        await Eventually.HoldsAsync(() => host.Deliveries.Handled.Count >= 5, "every parcel handled once SQS is back", seconds: 90);
        host.Deliveries.Handled.Select(p => p.Id).Should().BeEquivalentTo(parcels.Select(p => p.Id));
        await Eventually.HoldsAsync(async () => await host.StoredOutgoingAsync() == 0, "the outbox emptied");
    }
}
