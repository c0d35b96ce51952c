using Microsoft.Extensions.Logging;
using AccountingPlatform.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace AccountingPlatform.IntegrationTests.Messaging;

/// <summary>
/// A minimal "service" built from the shared messaging library exactly as the real services use it
/// (outbox relay, idempotent consumer, MassTransit on the real RabbitMQ), on its own fresh database.
/// Its queue is temporary, so it leaves nothing behind on the broker.
/// </summary>
public sealed class MessagingTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private MessagingTestHost(IHost host) => _host = host;

    /// <summary>A fresh database on the servers' PostgreSQL, and the host on it and on the servers' RabbitMQ.</summary>
    public static Task<MessagingTestHost> StartAsync(MessagingServers servers, string serviceName) =>
        StartAsync(servers, NewDatabase(servers), serviceName);

    public static string NewDatabase(MessagingServers servers) =>
        new NpgsqlConnectionStringBuilder(servers.Postgres) { Database = $"messaging_test_{Guid.NewGuid():N}" }.ConnectionString;

    public static async Task<MessagingTestHost> StartAsync(MessagingServers servers, string connectionString, string serviceName)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);   // the test output shows failures, not every SQL command
        builder.Configuration["ConnectionStrings:rabbitmq"] = servers.RabbitMq;
        builder.Services.AddDbContext<TestDbContext>((services, o) => o
            .UseNpgsql(connectionString)
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.AddMessaging<TestDbContext>(serviceName, x => x.AddConfigureEndpointsCallback((_, _, endpoint) =>
        {
            endpoint.ConcurrentMessageLimit = 1;
            if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
            {
                rabbit.AutoDelete = true;
                rabbit.Durable = false;
            }
        }));
        // A service's web server waits for its bus; this host has none, and the two-relay test runs two hosts of one
        // service on one queue, where only the first consumer can take it: it waits for the bus's health itself, below.
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = false);
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        return new MessagingTestHost(host);
    }

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public async Task<T> WithDbAsync<T>(Func<TestDbContext, Task<T>> action)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
