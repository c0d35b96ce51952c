using System.Collections.Concurrent;
using AccountingPlatform.Contracts;
using MassTransit;

namespace AccountingPlatform.InstanceTests.Support;

/// <summary>
/// A queue of the test's own, bound on the platform's RabbitMQ to the events the services' outbox relays publish about
/// enrollments and payments: every copy the broker delivers, by event and enrollment. Two relays per service publishing
/// one outbox row twice would show here as two copies, though the services' inboxes would hide it.
/// </summary>
internal sealed class PublishedEvents : IAsyncDisposable
{
    private readonly ConcurrentQueue<(Type Type, Guid EnrollmentId, Guid? MessageId)> _copies = new();
    private PlatformBus? _bus;

    public static async Task<PublishedEvents> StartAsync()
    {
        var events = new PublishedEvents();
        events._bus = await PlatformBus.StartAsync(bus => bus.ReceiveEndpoint($"instance-tests-{Guid.NewGuid():N}", queue =>
        {
            queue.AutoDelete = true;
            queue.Durable = false;
            events.Count<PaymentSucceeded>(queue, e => e.EnrollmentId);
            events.Count<PaymentExpired>(queue, e => e.EnrollmentId);
            events.Count<PaymentRefunded>(queue, e => e.EnrollmentId);
            events.Count<EnrollmentConfirmed>(queue, e => e.EnrollmentId);
            events.Count<EnrollmentWithdrawn>(queue, e => e.EnrollmentId);
            events.Count<EnrollmentExpired>(queue, e => e.EnrollmentId);
        }));
        return events;
    }

    /// <summary>The message ids of every copy of <typeparamref name="TEvent"/> about the enrollment delivered so far.</summary>
    public IReadOnlyList<Guid?> CopiesOf<TEvent>(Guid enrollmentId) =>
        [.. _copies.Where(c => c.Type == typeof(TEvent) && c.EnrollmentId == enrollmentId).Select(c => c.MessageId)];

    /// <summary>Asserts each enrollment's <typeparamref name="TEvent"/> arrived, once, waiting for it a while.</summary>
    public async Task AssertOnceEachAsync<TEvent>(IEnumerable<Guid> enrollmentIds)
    {
        foreach (var id in enrollmentIds)
            await Eventually.GetAsync(() => Task.FromResult(CopiesOf<TEvent>(id)), c => c.Count > 0, $"{typeof(TEvent).Name} of {id} published");
        foreach (var id in enrollmentIds)
            Assert.True(CopiesOf<TEvent>(id).Count == 1, $"{typeof(TEvent).Name} of {id}: {CopiesOf<TEvent>(id).Count} copies");
    }

    private void Count<TEvent>(IReceiveEndpointConfigurator queue, Func<TEvent, Guid> enrollment) where TEvent : class =>
        queue.Handler<TEvent>(context =>
        {
            _copies.Enqueue((typeof(TEvent), enrollment(context.Message), context.MessageId));
            return Task.CompletedTask;
        });

    public async ValueTask DisposeAsync()
    {
        if (_bus is not null) await _bus.DisposeAsync();
    }
}
