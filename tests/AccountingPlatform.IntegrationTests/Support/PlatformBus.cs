using MassTransit;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>
/// Publishes integration events on the platform's RabbitMQ exactly as a service's outbox relay does (message id
/// included), for tests of a consumer whose publisher is not built yet or cannot be made to publish on demand.
/// </summary>
public sealed class PlatformBus : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private PlatformBus(IBusControl bus) => _bus = bus;

    /// <param name="configure">More of the bus, e.g. a receive endpoint of the test's own that counts what the services publish.</param>
    public static async Task<PlatformBus> StartAsync(Action<IRabbitMqBusFactoryConfigurator>? configure = null)
    {
        var broker = new Uri(PlatformEnvironment.RabbitMqConnectionString);
        var userInfo = broker.UserInfo.Split(':', 2);
        var virtualHost = broker.AbsolutePath.Trim('/') is { Length: > 0 } v ? Uri.UnescapeDataString(v) : "/";
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker.Host, (ushort)(broker.IsDefaultPort ? 5672 : broker.Port), virtualHost, h =>
            {
                if (userInfo[0].Length > 0) h.Username(Uri.UnescapeDataString(userInfo[0]));
                if (userInfo.Length > 1) h.Password(Uri.UnescapeDataString(userInfo[1]));
            });
            configure?.Invoke(cfg);
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        return new PlatformBus(bus);
    }

    /// <summary>Publishes <paramref name="message"/>; the same <paramref name="messageId"/> twice is what a redelivery looks like.</summary>
    public Task PublishAsync<T>(T message, Guid messageId) where T : class =>
        _bus.Publish(message, context => context.MessageId = messageId);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
