using System.Runtime.CompilerServices;

namespace AccountingPlatform.BrowserTests.Support;

/// <summary>
/// How the platform under the browser tests differs from the integration tests' (set before it starts): the gateway
/// lets two password checks through at a time with two more waiting, so a test can fill it at will with four slow
/// ones; and since every browser connects from 127.0.0.1, that one address gets roomier per-address limits than a
/// real person's device.
/// </summary>
internal static class BrowserPlatform
{
    public const int PasswordConcurrency = 2;
    public const int PasswordQueue = 2;

    /// <summary>Where deploy/local/test.sh keeps the run (<c>PLATFORM_TEST_RUN_DIR</c>), or null when run alone.</summary>
    public static string? TestRunDirectory { get; private set; }

    [ModuleInitializer]
    internal static void Configure()
    {
        // This platform's data and logs beside the integration tests' (<run>/browser), never over them.
        TestRunDirectory = Environment.GetEnvironmentVariable("PLATFORM_TEST_RUN_DIR") is { Length: > 0 } run ? Path.GetFullPath(run) : null;
        if (TestRunDirectory is not null) Environment.SetEnvironmentVariable("PLATFORM_TEST_RUN_DIR", Path.Combine(TestRunDirectory, "browser"));
        PlatformHost.AppHostArguments.AddRange(
        [
            $"Gateway:Admission:PasswordConcurrency={PasswordConcurrency}",
            $"Gateway:Admission:PasswordQueue={PasswordQueue}",
            "Gateway:RateLimits:LoginPerMinute=600",
            "Gateway:RateLimits:CaptchaPerMinute=600",
            "Gateway:RateLimits:SmsPerMinute=300",
        ]);
    }
}
