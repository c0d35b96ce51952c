using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>PostgreSQL, RabbitMQ and Redis as Aspire's container resources, with data volumes.</summary>
public static class ContainerServers
{
    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder, InfrastructureChoice choice)
    {
        var postgres = builder.AddPostgres("postgres", port: 55432).WithDataVolume();
        var rabbitMq = builder.AddRabbitMQ("rabbitmq", port: 55672).WithDataVolume();
        var redis = builder.AddRedis("redis", port: 56379).WithDataVolume();
        return new PlatformInfrastructure(choice, postgres, name => postgres.AddDatabase(name), rabbitMq, redis);
    }

    /// <summary>The images the container resources above use, read from a throwaway application model.</summary>
    public static IReadOnlyList<string> Images()
    {
        var model = DistributedApplication.CreateBuilder();
        model.AddPostgres("postgres");
        model.AddRabbitMQ("rabbitmq");
        model.AddRedis("redis");
        return model.Resources.SelectMany(r => r.Annotations.OfType<ContainerImageAnnotation>())
            .Select(a => $"{(a.Registry is { } registry ? registry + "/" : "")}{a.Image}:{a.Tag}")
            .ToList();
    }
}
