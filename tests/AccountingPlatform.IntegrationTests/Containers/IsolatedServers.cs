using System.Diagnostics;
using DotNet.Testcontainers.Configurations;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Testcontainers.Redis;

namespace AccountingPlatform.IntegrationTests.Containers;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis in throwaway containers (Testcontainers), for tests of one service's persistence and
/// messaging in isolation from the platform. No registry of images is reachable here, so the images are the ones
/// <c>deploy/local/containers.sh</c> builds from Debian's packages. Where no Docker daemon answers or the images are
/// not built, <see cref="SkipReason"/> says so and the tests report themselves skipped; once both are there, a
/// container that does not start fails the tests.
/// </summary>
public sealed class IsolatedServers : IAsyncLifetime
{
    public const string PostgresImage = "accounting-platform/postgres:15";
    public const string RabbitMqImage = "accounting-platform/rabbitmq:3";
    public const string RedisImage = "accounting-platform/redis:7";

    private PostgreSqlContainer? _postgres;
    private RabbitMqContainer? _rabbitMq;
    private RedisContainer? _redis;

    public string? SkipReason { get; private set; }

    public string PostgresConnectionString => _postgres!.GetConnectionString();
    public string RabbitMqConnectionString => _rabbitMq!.GetConnectionString();
    public string RedisConnectionString => _redis!.GetConnectionString();

    public async Task InitializeAsync()
    {
        SkipReason = WhyContainersCannotRun();
        if (SkipReason is not null) return;

        // Testcontainers speaks Docker API 1.44 unless told otherwise; Debian 12's Docker (20.10) speaks up to 1.41.
        // (Set before Testcontainers' settings are first read: they read it once.)
        if (Environment.GetEnvironmentVariable("DOCKER_API_VERSION") is null && DockerOutput("version", "--format", "{{.Server.APIVersion}}") is { } apiVersion)
            Environment.SetEnvironmentVariable("DOCKER_API_VERSION", apiVersion);
        // The resource reaper is an image of its own that cannot be pulled here; DisposeAsync removes the containers.
        TestcontainersSettings.ResourceReaperEnabled = false;
        _postgres = new PostgreSqlBuilder(PostgresImage).Build();
        _rabbitMq = new RabbitMqBuilder(RabbitMqImage).Build();
        _redis = new RedisBuilder(RedisImage).Build();
        await Task.WhenAll(_postgres.StartAsync(), _rabbitMq.StartAsync(), _redis.StartAsync());
    }

    public async Task DisposeAsync()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
        if (_rabbitMq is not null) await _rabbitMq.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
    }

    private static string? WhyContainersCannotRun()
    {
        var info = Docker("info", "--format", "{{.ServerVersion}}");
        if (info is not null) return $"no Docker daemon answers here (docker info: {info}); deploy/local/containers.sh start starts one where it can";
        foreach (var image in new[] { PostgresImage, RabbitMqImage, RedisImage })
        {
            if (Docker("image", "inspect", "--format", "{{.Id}}", image) is not null)
                return $"the image {image} is not built; deploy/local/containers.sh start builds it";
        }
        return null;
    }

    /// <summary>Null when the docker command succeeds, else why not.</summary>
    private static string? Docker(params string[] arguments) => Run(arguments).Error;

    private static string? DockerOutput(params string[] arguments) => Run(arguments) is { Error: null, Output: { Length: > 0 } output } ? output : null;

    private static (string? Error, string Output) Run(string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("docker", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(20))) { process.Kill(true); return ("no answer in 20 s", ""); }
            if (process.ExitCode == 0) return (null, output.Result.Trim());
            return (error.Result.Trim() is { Length: > 0 } message ? message : $"exit code {process.ExitCode}", "");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return ("the docker command is not installed", "");
        }
    }
}
