namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>Where the platform under test is: the AppHost that <see cref="PlatformHost"/> starts for the test run.</summary>
public static class PlatformEnvironment
{
    public static Uri GatewayUrl => PlatformHost.Instance.GatewayUrl;

    /// <summary>
    /// Now, as the platform's processes see it: they run for real beside the tests and read the system clock (their
    /// <c>TimeProvider</c>), so the tests compare with that one clock, never a fake one.
    /// </summary>
    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();
    public static Uri EmulatorUrl => PlatformHost.Instance.EmulatorUrl;
    public static Uri EmulatorSmtpUrl => PlatformHost.Instance.EmulatorSmtpUrl;
    public static string PostgresConnectionString => PlatformHost.Instance.ConnectionString("postgres");
    public static string RabbitMqConnectionString => PlatformHost.Instance.ConnectionString("rabbitmq");
    public static string RedisConnectionString => PlatformHost.Instance.ConnectionString("redis");
    /// <summary>A service's own database (<c>{service}db</c>), to look at what its API does not show (its outbox).</summary>
    public static string DatabaseConnectionString(string service) => PlatformHost.Instance.ConnectionString($"{service}db");
    public static string LogDirectory => PlatformHost.Instance.LogDirectory;
}
