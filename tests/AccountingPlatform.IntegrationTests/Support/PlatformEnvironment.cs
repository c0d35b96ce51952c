namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>
/// Where the running platform is. <c>deploy/local/test.sh</c> starts it on local servers and sets these;
/// a test fails (never skips) when they are missing.
/// </summary>
public static class PlatformEnvironment
{
    public static Uri GatewayUrl => new(Required("PLATFORM_GATEWAY_URL"));
    public static Uri EmulatorUrl => new(Required("PLATFORM_EMULATOR_URL"));
    public static string BrokerScript => Required("PLATFORM_BROKER_SCRIPT");
    public static string PostgresConnectionString => Required("PLATFORM_POSTGRES");
    public static string RabbitMqConnectionString => Required("ConnectionStrings__rabbitmq");
    public static string LogDirectory => Required("PLATFORM_LOG_DIR");
    public static string RedisConnectionString => Required("ConnectionStrings__redis");

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set: run the tests with deploy/local/test.sh, which starts the platform on local servers and sets it.");
}
