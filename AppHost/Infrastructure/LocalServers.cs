using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis from Debian's packages as executable resources (no container runtime needed):
/// each a foreground script in <c>deploy/local/servers/</c>, listening on loopback behind Aspire's proxy, its data kept
/// under <c>Infrastructure:DataDirectory</c> (default <c>.local/aspire</c>), with a password from an AppHost parameter
/// and a health check that the services wait for.
/// </summary>
public static class LocalServers
{
    public const string EndpointName = "tcp";

    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder, InfrastructureChoice choice, string repositoryRoot)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        var dataDirectory = Path.GetFullPath(builder.Configuration["Infrastructure:DataDirectory"] ?? Path.Combine(repositoryRoot, ".local", "aspire"));
        var scripts = Path.Combine(repositoryRoot, "deploy", "local", "servers");

        var postgresPassword = builder.AddParameter("postgres-password", Passwords.Default, secret: true, persist: true);
        var postgres = builder.AddResource(new LocalPostgresResource("postgres", repositoryRoot, postgresPassword.Resource))
            .AsLocalServer(builder, choice, Path.Combine(scripts, "postgres.sh"), port: 55432, LocalServerHealthChecks.PostgresAsync)
            .WithEnvironment("DATA_DIR", Path.Combine(dataDirectory, "postgres"))
            .WithEnvironment("POSTGRES_PASSWORD", postgresPassword);

        var rabbitPassword = builder.AddParameter("rabbitmq-password", Passwords.Default, secret: true, persist: true);
        var rabbitDirectory = Path.Combine(dataDirectory, "rabbitmq");
        var rabbitMq = builder.AddResource(new LocalRabbitMqResource("rabbitmq", repositoryRoot, rabbitPassword.Resource))
            .AsLocalServer(builder, choice, Path.Combine(scripts, "rabbitmq.sh"), port: 55672, LocalServerHealthChecks.RabbitMqAsync)
            .WithEnvironment("DATA_DIR", rabbitDirectory)
            .WithEnvironment("NODE_NAME", $"platform-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rabbitDirectory)))[..8]}@localhost")
            .WithEnvironment("DIST_PORT", FreeLoopbackPort().ToString())
            .WithEnvironment("EPMD_PORT", FreeLoopbackPort().ToString())
            .WithEnvironment("RABBITMQ_USER", LocalRabbitMqResource.UserName)
            .WithEnvironment("RABBITMQ_PASSWORD", rabbitPassword);

        var redisPassword = builder.AddParameter("redis-password", Passwords.Default, secret: true, persist: true);
        var redis = builder.AddResource(new LocalRedisResource("redis", repositoryRoot, redisPassword.Resource))
            .AsLocalServer(builder, choice, Path.Combine(scripts, "redis.sh"), port: 56379, LocalServerHealthChecks.RedisAsync)
            .WithEnvironment("DATA_DIR", Path.Combine(dataDirectory, "redis"))
            .WithEnvironment("REDIS_PASSWORD", redisPassword);

        return new PlatformInfrastructure(choice, postgres, name =>
        {
            var database = builder.AddResource(new LocalPostgresDatabaseResource(name, postgres.Resource))
                .WithInitialState(new CustomResourceSnapshot
                {
                    ResourceType = "PostgresDatabase",
                    State = KnownResourceStates.Waiting,
                    Properties = [new(CustomResourceKnownProperties.Source, postgres.Resource.Name)],
                });
            // A database has no process of its own: it is created and running once its server is ready.
            builder.Eventing.Subscribe<ResourceReadyEvent>(postgres.Resource, async (e, ct) =>
            {
                await LocalServerHealthChecks.PostgresDatabaseAsync(database.Resource, ct);
                await e.Services.GetRequiredService<ResourceNotificationService>().PublishUpdateAsync(database.Resource,
                    s => s with { State = KnownResourceStates.Running, StartTimeStamp = e.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime });
            });
            builder.Services.AddHealthChecks().Add(LocalServerHealthChecks.Registration(
                $"{name}_check", ct => LocalServerHealthChecks.PostgresDatabaseAsync(database.Resource, ct)));
            return database.WithHealthCheck($"{name}_check");
        }, rabbitMq, redis);
    }

    private static IResourceBuilder<T> AsLocalServer<T>(this IResourceBuilder<T> server, IDistributedApplicationBuilder builder,
        InfrastructureChoice choice, string script, int port, Func<T, CancellationToken, Task> probe)
        where T : LocalServerResource
    {
        var healthCheck = $"{server.Resource.Name}_check";
        builder.Services.AddHealthChecks().Add(LocalServerHealthChecks.Registration(healthCheck, ct => probe(server.Resource, ct)));
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server.Resource, (e, _) =>
        {
            e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(e.Resource).LogInformation(
                "{Resource} runs as a local process from Debian's packages ({Script}): {Reason}.", e.Resource.Name, script, choice.Reason);
            return Task.CompletedTask;
        });
        return server
            .WithArgs(script)
            .WithEndpoint(port: port, scheme: "tcp", name: EndpointName, env: "PORT")
            .WithHealthCheck(healthCheck);
    }

    /// <summary>A loopback port nothing listens on now (for the Erlang distribution and epmd, which Aspire does not proxy).</summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
