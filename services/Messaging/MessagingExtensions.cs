using Microsoft.Extensions.DependencyInjection.Extensions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AccountingPlatform.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ (<c>ConnectionStrings__rabbitmq</c>, an amqp:// URI) with retries and error queues,
    /// the consumers found beside <typeparamref name="TContext"/>, and the outbox relay for that database.
    /// The bus registers its own health check (tag "ready") for <c>/health</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? configure = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq is not configured.");
        var broker = new Uri(connectionString);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxSavedChangesInterceptor>();
        builder.Services.AddSingleton<IInterceptor, OutboxTransactionCommittedInterceptor>();
        builder.Services.AddHostedService<OutboxRelay<TContext>>();

        // The web server starts listening once the bus has started: a health probe never finds the bus "not started",
        // which would be a warning on every start, and no request is served before events can be received.
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            x.AddConsumers(typeof(TContext).Assembly);
            configure?.Invoke(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                var userInfo = broker.UserInfo.Split(':', 2);
                var virtualHost = broker.AbsolutePath.Trim('/') is { Length: > 0 } v ? Uri.UnescapeDataString(v) : "/";
                cfg.Host(broker.Host, (ushort)(broker.IsDefaultPort ? 5672 : broker.Port), virtualHost, h =>
                {
                    if (userInfo[0].Length > 0) h.Username(Uri.UnescapeDataString(userInfo[0]));
                    if (userInfo.Length > 1) h.Password(Uri.UnescapeDataString(userInfo[1]));
                });
                // Transient failures are retried in place; what still fails goes to the endpoint's _error queue.
                cfg.UseMessageRetry(r => r.Intervals(200, 1000, 3000, 10000));
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
