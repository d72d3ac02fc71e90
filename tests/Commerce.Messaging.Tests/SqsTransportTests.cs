using System.Collections.Concurrent;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using Commerce.BuildingBlocks.Infrastructure.Sqs;

namespace Commerce.Messaging.Tests;

public class SqsTransportTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static OutgoingMessage Message(int n, string? body = null) =>
        new(Guid.NewGuid().ToString(), "OrderPlaced", body ?? JsonSerializer.Serialize(new { orderId = Guid.NewGuid(), n }), $"corr-{n}", $"00-{n:x32}-{n:x16}-01");

    private static async Task<int> CountAsync(IAmazonSQS sqs, string url)
    {
        var attributes = (await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = url,
            AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        })).Attributes ?? [];
        return attributes.Values.Sum(int.Parse);
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting for: {what}");
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_queue_is_created_with_its_dead_letter_queue_and_redrive_policy()
    {
        var (sqs, queues, _, _) = Emulator.Connect(Emulator.Options(maxReceiveCount: 3));
        var name = Emulator.NewQueue();

        var url = await queues.UrlOfAsync(name, CancellationToken.None);

        var redrive = (await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["RedrivePolicy"] }))
            .Attributes["RedrivePolicy"];
        redrive.Should().Contain(SqsQueueName.DeadLetterOf(name)).And.Contain("3");
        (await sqs.GetQueueUrlAsync(SqsQueueName.DeadLetterOf(name))).QueueUrl.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Without_auto_provisioning_a_missing_queue_is_a_clear_error()
    {
        var (_, queues, _, _) = Emulator.Connect(new SqsOptions { ServiceUrl = Emulator.SharedUrl, AccessKey = "t", SecretKey = "t", AutoProvisionQueues = false });
        var name = Emulator.NewQueue();

        var act = () => queues.UrlOfAsync(name, CancellationToken.None);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain(name).And.Contain("AutoProvisionQueues");
    }

    [Fact]
    public async Task Messages_arrive_once_each_with_their_attributes_and_are_deleted_after_handling()
    {
        var (sqs, queues, sender, listener) = Emulator.Connect(Emulator.Options());
        var name = Emulator.NewQueue();
        var sent = Enumerable.Range(1, 25).Select(n => Message(n)).ToList();
        var received = new ConcurrentBag<IncomingMessage>();
        using var stop = new CancellationTokenSource();
        var listening = listener.RunAsync(name, (message, _) =>
        {
            received.Add(message);
            return Task.CompletedTask;
        }, stop.Token);

        await sender.SendAsync(name, sent, CancellationToken.None);
        await Eventually(() => Task.FromResult(received.Count >= 25), "25 messages handled");
        var url = await queues.UrlOfAsync(name, CancellationToken.None);
        await Eventually(async () => await CountAsync(sqs, url) == 0, "the queue emptied");
        await stop.CancelAsync();
        await listening;

        received.Select(m => m.MessageId).Should().BeEquivalentTo(sent.Select(m => m.MessageId));
        var first = received.Single(m => m.MessageId == sent[0].MessageId);
        first.Should().BeEquivalentTo(new { sent[0].MessageType, sent[0].Body, sent[0].CorrelationId, sent[0].TraceParent, ReceiveCount = 1 });
        JsonDocument.Parse(first.Body).RootElement.GetProperty("n").GetInt32().Should().Be(1, "the body is plain JSON any consumer reads");
    }

    [Fact]
    public async Task A_message_whose_handler_keeps_failing_lands_in_the_dead_letter_queue()
    {
        var options = Emulator.Options(maxReceiveCount: 2, visibility: 1);
        var (sqs, queues, sender, listener) = Emulator.Connect(options);
        var name = Emulator.NewQueue();
        var attempts = 0;
        using var stop = new CancellationTokenSource();
        var listening = listener.RunAsync(name, (_, _) =>
        {
            Interlocked.Increment(ref attempts);
            throw new InvalidOperationException("poison");
        }, stop.Token);

        var poison = Message(1);
        await sender.SendAsync(name, [poison], CancellationToken.None);
        var deadLetterUrl = await queues.UrlOfAsync(SqsQueueName.DeadLetterOf(name), CancellationToken.None);
        await Eventually(async () => await CountAsync(sqs, deadLetterUrl) == 1, "the message in the dead-letter queue");
        await stop.CancelAsync();
        await listening;

        attempts.Should().Be(options.MaxReceiveCount);
        var dead = (await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = deadLetterUrl, MessageAttributeNames = ["All"] })).Messages.Single();
        dead.MessageAttributes[SqsAttributes.MessageId].StringValue.Should().Be(poison.MessageId);
        (await CountAsync(sqs, await queues.UrlOfAsync(name, CancellationToken.None))).Should().Be(0);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_fails_at_once_and_nothing_of_its_batch_is_sent()
    {
        var (sqs, queues, sender, _) = Emulator.Connect(Emulator.Options());
        var name = Emulator.NewQueue();
        var huge = Message(2, body: new string('x', SqsAttributes.MaxBytes));

        var act = () => sender.SendAsync(name, [Message(1), huge], CancellationToken.None);

        (await act.Should().ThrowAsync<MessageTooLargeException>()).Which.MessageId.Should().Be(huge.MessageId);
        (await CountAsync(sqs, await queues.UrlOfAsync(name, CancellationToken.None))).Should().Be(0);
    }

    [Fact]
    public async Task A_handler_slower_than_the_visibility_timeout_still_runs_once()
    {
        var (sqs, queues, sender, listener) = Emulator.Connect(Emulator.Options(visibility: 2));
        var name = Emulator.NewQueue();
        var runs = 0;
        using var stop = new CancellationTokenSource();
        var listening = listener.RunAsync(name, async (_, token) =>
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(TimeSpan.FromSeconds(5), token);
        }, stop.Token);

        await sender.SendAsync(name, [Message(1)], CancellationToken.None);
        var url = await queues.UrlOfAsync(name, CancellationToken.None);
        await Eventually(() => Task.FromResult(runs == 1), "the handler started");
        await Eventually(async () => await CountAsync(sqs, url) == 0, "the message deleted after the slow handler");
        await Task.Delay(TimeSpan.FromSeconds(3)); // longer than the visibility timeout: a lost message would be back
        await stop.CancelAsync();
        await listening;

        runs.Should().Be(1);
    }

    [Fact]
    public async Task Refused_batch_entries_are_retried_alone_and_none_is_lost()
    {
        var real = SqsRegistration.CreateClient(Emulator.Options());
        var batches = new List<int>();
        var refuse = 2;
        var sqs = SqsInterceptor.Wrap(real, (method, args, inner) =>
        {
            if (method != nameof(IAmazonSQS.SendMessageBatchAsync))
            {
                return null;
            }

            var request = (SendMessageBatchRequest)args[0]!;
            batches.Add(request.Entries.Count);
            if (refuse == 0)
            {
                return null;
            }

            // SQS accepts the first entries and refuses the last ones, as it does under throttling.
            var refused = request.Entries.TakeLast(refuse).ToList();
            refuse = 0;
            var accepted = request.Entries.Except(refused).ToList();
            inner.SendMessageBatchAsync(new SendMessageBatchRequest { QueueUrl = request.QueueUrl, Entries = accepted }).GetAwaiter().GetResult();
            return Task.FromResult(new SendMessageBatchResponse
            {
                Failed = [.. refused.Select(e => new BatchResultErrorEntry { Id = e.Id, Code = "ThrottlingException", SenderFault = false })],
            });
        });
        var (_, queues, sender, _) = Emulator.Connect(Emulator.Options(), sqs);
        var name = Emulator.NewQueue();
        var sent = Enumerable.Range(1, 5).Select(n => Message(n)).ToList();

        await sender.SendAsync(name, sent, CancellationToken.None);

        batches.Should().Equal(5, 2);
        var url = await queues.UrlOfAsync(name, CancellationToken.None);
        var ids = new List<string>();
        while (ids.Count < 5)
        {
            var messages = (await real.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MaxNumberOfMessages = 10, MessageAttributeNames = ["All"] })).Messages ?? [];
            ids.AddRange(messages.Select(m => m.MessageAttributes[SqsAttributes.MessageId].StringValue));
        }

        ids.Should().BeEquivalentTo(sent.Select(m => m.MessageId));
    }

    [Fact]
    public async Task An_entry_refused_for_the_senders_fault_is_reported_not_dropped()
    {
        var sqs = SqsInterceptor.Wrap(SqsRegistration.CreateClient(Emulator.Options()), (method, args, _) =>
            method == nameof(IAmazonSQS.SendMessageBatchAsync)
                ? Task.FromResult(new SendMessageBatchResponse
                {
                    Failed = [new BatchResultErrorEntry { Id = ((SendMessageBatchRequest)args[0]!).Entries[0].Id, Code = "InvalidMessageContents", SenderFault = true }],
                })
                : null);
        var (_, _, sender, _) = Emulator.Connect(Emulator.Options(), sqs);
        var message = Message(1);

        var act = () => sender.SendAsync(Emulator.NewQueue(), [message], CancellationToken.None);

        (await act.Should().ThrowAsync<SqsSendException>()).Which.FailedMessageIds.Should().Equal(message.MessageId);
    }

    [Fact]
    public async Task Null_collections_from_the_sdk_do_not_stop_the_listener()
    {
        var nullAnswers = 3;
        var sqs = SqsInterceptor.Wrap(SqsRegistration.CreateClient(Emulator.Options()), (method, _, _) =>
            method == nameof(IAmazonSQS.ReceiveMessageAsync) && Interlocked.Decrement(ref nullAnswers) >= 0
                ? Task.FromResult(new ReceiveMessageResponse { Messages = null })
                : null);
        var (_, _, sender, listener) = Emulator.Connect(Emulator.Options(), sqs);
        var name = Emulator.NewQueue();
        var handled = 0;
        using var stop = new CancellationTokenSource();
        var listening = listener.RunAsync(name, (_, _) =>
        {
            Interlocked.Increment(ref handled);
            return Task.CompletedTask;
        }, stop.Token);

        await sender.SendAsync(name, [Message(1)], CancellationToken.None);
        await Eventually(() => Task.FromResult(handled == 1), "the message handled after null answers");
        await stop.CancelAsync();
        await listening;

        nullAnswers.Should().BeNegative("the listener went on polling past the null answers");
    }

    [Fact]
    public async Task A_listener_survives_the_endpoint_restarting_and_losing_its_queues()
    {
        await using var emulator = new PrivateEmulator();
        await emulator.StartAsync();
        var (_, _, sender, listener) = Emulator.Connect(Emulator.Options(serviceUrl: emulator.Url));
        var name = Emulator.NewQueue();
        var handled = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var listening = listener.RunAsync(name, (message, _) =>
        {
            handled.Add(message.MessageId);
            return Task.CompletedTask;
        }, stop.Token);

        var before = Message(1);
        await sender.SendAsync(name, [before], CancellationToken.None);
        await Eventually(() => Task.FromResult(handled.Contains(before.MessageId)), "the first message handled");

        await emulator.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await emulator.StartAsync();

        var after = Message(2);
        await sender.SendAsync(name, [after], CancellationToken.None);
        await Eventually(() => Task.FromResult(handled.Contains(after.MessageId)), "a message handled after the restart");
        await stop.CancelAsync();
        await listening;
    }
}
