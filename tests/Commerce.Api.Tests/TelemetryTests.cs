using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Commerce.BuildingBlocks.Infrastructure.Telemetry;
using Commerce.Ordering.Application.PlaceOrder;
using Commerce.Ordering.Domain.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests;

/// <summary>Traces and metrics as OpenTelemetry sees them: listened to in-process, from the same sources it subscribes to.</summary>
public sealed class TelemetryTests : IClassFixture<EventFlowApiFactory>, IDisposable
{
    private readonly ConcurrentBag<Activity> activities = [];
    private readonly ActivityListener listener;

    public TelemetryTests(EventFlowApiFactory factory)
    {
        this.factory = factory;
        listener = Listen(activities);
    }

    private readonly EventFlowApiFactory factory;

    private static ActivityListener Listen(ConcurrentBag<Activity> activities)
    {
        var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Commerce" or "Npgsql" or "Microsoft.AspNetCore" or "Wolverine",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => activities.Add(activity),
        };
        ActivitySource.AddActivityListener(activityListener);
        return activityListener;
    }

    public void Dispose() => listener.Dispose();

    [Fact]
    public async Task A_checkout_is_one_trace_from_the_http_request_through_postgresql_the_outbox_and_sqs_into_the_inventory_handler()
    {
        var client = factory.CreateClient();
        var shop = new Shop(client);
        var product = await shop.ProductAsync();
        (await client.PutAsJsonAsync($"/api/v1/inventory/{product.Id}", new { onHand = 5, lowStockThreshold = 0 })).EnsureSuccessStatusCode();
        (await shop.AddAsync(product.Id, 1)).EnsureSuccessStatusCode();

        var response = await shop.CheckoutAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var orderId = (await response.Content.ReadFromJsonAsync<OrderAccepted>(Json.Options))!.OrderId;
        (await EventFlow.WaitForStatusAsync(client, orderId, OrderStatus.Confirmed)).Should().Be(OrderStatus.Confirmed);

        var request = activities.Single(a => a.Source.Name == "Microsoft.AspNetCore"
            && a.GetTagItem("url.path") is string path && path.EndsWith($"/{shop.User}/checkout", StringComparison.Ordinal));
        request.Parent.Should().BeNull("the HTTP request starts the trace");
        await Eventually.HoldsAsync(() => activities.Any(a => a.TraceId == request.TraceId && a.DisplayName == "RecordStockReservation"),
            "the stock answer's use case in the checkout's trace");
        var trace = activities.Where(a => a.TraceId == request.TraceId).ToList();
        var names = trace.Select(s => s.DisplayName).ToList();

        names.Should().Contain("PlaceOrder", "the use case has its span");
        trace.Should().Contain(s => s.Source.Name == "Npgsql", "PostgreSQL commands are traced");
        Func<Activity, string, bool> At = (span, queue) => span.GetTagItem("messaging.destination")?.ToString() is { } destination && destination.EndsWith($"-{queue}/", StringComparison.Ordinal);
        var placeOrder = trace.Single(s => s.DisplayName == "PlaceOrder");
        trace.Should().Contain(s => s.Source.Name == "Wolverine" && s.Kind == ActivityKind.Producer && At(s, "inventory") && s.ParentSpanId == placeOrder.SpanId,
            "the outbox's send to SQS is part of the checkout's trace");
        var consume = trace.Single(s => s.DisplayName == typeof(Commerce.Ordering.Contracts.OrderPlaced).FullName && At(s, "inventory"));
        consume.ParentSpanId.Should().Be(placeOrder.SpanId, "the consumer continues from the traceparent the message carried");
        trace.Should().Contain(s => s.DisplayName == typeof(Commerce.Ordering.Contracts.OrderPlaced).FullName && At(s, "notifications"),
            "Notifications receives the same event in the same trace");
        trace.Single(s => s.DisplayName == "ReserveStock").ParentSpanId.Should().Be(consume.SpanId);
        names.Should().Contain([typeof(Commerce.Inventory.Contracts.StockReserved).FullName!, "RecordStockReservation"], "Ordering's answer to Inventory stays in the same trace");
    }

    [Fact]
    public async Task Metrics_count_sent_and_handled_messages_by_type_and_report_outbox_and_dead_letter_depths()
    {
        var measurements = new ConcurrentBag<(string Instrument, long Value, string? Tag)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Commerce" || instrument.Meter.Name.StartsWith("Wolverine", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Record(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? tag = null;
            foreach (var t in tags)
            {
                tag ??= t.Key is "message.type" or "messaging.destination.name" ? t.Value?.ToString() : null;
            }

            measurements.Add((instrument.Name, value, tag));
        }

        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        meters.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        meters.Start();

        var shop = new Shop(factory.CreateClient());
        var orderId = await shop.PlaceOrderAsync();
        (await EventFlow.WaitForStatusAsync(factory.CreateClient(), orderId, OrderStatus.Cancelled)).Should().Be(OrderStatus.Cancelled, "no stock was set");
        await factory.Services.GetRequiredService<MessagingMonitor>().SampleAsync(CancellationToken.None);
        meters.RecordObservableInstruments();

        measurements.Should().Contain(m => m.Instrument == "wolverine-messages-sent" && m.Tag == typeof(Commerce.Ordering.Contracts.OrderPlaced).FullName);
        await Eventually.HoldsAsync(() => measurements.Any(m => m.Instrument == "wolverine-messages-succeeded" && m.Tag == typeof(Commerce.Inventory.Contracts.StockReservationFailed).FullName),
            "Wolverine's count of handled StockReservationFailed");
        measurements.Should().Contain(m => m.Instrument == "wolverine-messages-succeeded" && m.Tag == typeof(Commerce.Inventory.Contracts.StockReservationFailed).FullName);
        measurements.Should().Contain(m => m.Instrument == "commerce.outbox.pending" && m.Value >= 0);
        measurements.Should().Contain(m => m.Instrument == "commerce.sqs.dlq_depth" && m.Tag != null && m.Tag.EndsWith("-dlq", StringComparison.Ordinal));
    }
}
