using Aspire.Hosting.Testing;
using System.Runtime.CompilerServices;

namespace AccountingPlatform.InstanceTests.Support;

/// <summary>
/// How the platform under these tests differs from the integration tests' (set before it starts): two instances of every
/// service, of the web app and of the gateway (<c>Platform:Replicas=2</c>), its data and logs in <c>&lt;run&gt;/instances</c>.
/// </summary>
internal static class TwoInstances
{
    public const int Replicas = 2;

    /// <summary>The resources that run in <see cref="Replicas"/> instances behind one address.</summary>
    public static readonly string[] Replicated = ["identity", "realname", "personnel", "review", "enrollment", "payment", "web"];

    /// <summary>The gateway instances, each its own resource on its own address.</summary>
    public static readonly string[] Gateways = ["gateway", "gateway2"];

    public static Uri GatewayUrl(string gateway) => PlatformHost.Instance.App.GetEndpoint(gateway, "http");

    [ModuleInitializer]
    internal static void Configure()
    {
        if (Environment.GetEnvironmentVariable("PLATFORM_TEST_RUN_DIR") is { Length: > 0 } run)
            Environment.SetEnvironmentVariable("PLATFORM_TEST_RUN_DIR", Path.Combine(Path.GetFullPath(run), "instances"));
        PlatformHost.AppHostArguments.Add($"Platform:Replicas={Replicas}");
    }
}
