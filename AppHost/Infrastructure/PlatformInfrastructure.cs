using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL (one database per service), RabbitMQ and Redis, whichever way they run. Resource names are the
/// configuration names: a service that references <c>identitydb</c>, <c>rabbitmq</c> and <c>redis</c> gets
/// <c>ConnectionStrings__identitydb</c>, <c>ConnectionStrings__rabbitmq</c> and <c>ConnectionStrings__redis</c>.
/// </summary>
public sealed class PlatformInfrastructure(
    InfrastructureChoice choice,
    IResourceBuilder<IResourceWithConnectionString> postgres,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase,
    IResourceBuilder<IResourceWithConnectionString> rabbitMq,
    IResourceBuilder<IResourceWithConnectionString> redis)
{
    public InfrastructureChoice Choice => choice;
    public IResourceBuilder<IResourceWithConnectionString> Postgres => postgres;
    public IResourceBuilder<IResourceWithConnectionString> RabbitMq => rabbitMq;
    public IResourceBuilder<IResourceWithConnectionString> Redis => redis;

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);

    /// <summary>Containers where a container runtime works, else local processes; the choice is logged at start.</summary>
    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder, string repositoryRoot)
    {
        var choice = InfrastructureChoice.From(builder.Configuration, ContainerServers.Images);
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AccountingPlatform.AppHost").LogInformation(
                "PostgreSQL, RabbitMQ and Redis run as {Mode}: {Reason}", choice.Mode == InfrastructureMode.Containers ? "containers" : "local processes", choice.Reason);
            return Task.CompletedTask;
        });
        return choice.Mode == InfrastructureMode.Containers
            ? ContainerServers.Add(builder, choice)
            : LocalServers.Add(builder, choice, repositoryRoot);
    }
}
