// Measurements of the platform's speed bounds on this machine; run in Release:
//   dotnet run -c Release --project tools/Benchmarks -- password-hash
//   dotnet run -c Release --project tools/Benchmarks -- login-throughput [logins] [concurrency]
//     against the platform deploy/local/run.sh runs: PLATFORM_GATEWAY_URL (default http://127.0.0.1:5080) and
//     ConnectionStrings__redis (the redis resource's connection string, shown in the dashboard; it has a password);
//     logs in as the development reviewer 13900000002.
using AccountingPlatform.Benchmarks;

switch (args.FirstOrDefault())
{
    case "password-hash":
        PasswordHashBenchmark.Run(samples: 40, throughputWindow: TimeSpan.FromSeconds(10));
        break;
    case "login-throughput":
        await LoginThroughputBenchmark.RunAsync(
            new Uri(Environment.GetEnvironmentVariable("PLATFORM_GATEWAY_URL") ?? "http://127.0.0.1:5080"),
            Environment.GetEnvironmentVariable("ConnectionStrings__redis") ?? "127.0.0.1:56379",
            "13900000002", "Review@2024dev",
            logins: args.Length > 1 ? int.Parse(args[1]) : 300,
            concurrency: args.Length > 2 ? int.Parse(args[2]) : 8);
        break;
    default:
        Console.Error.WriteLine("usage: AccountingPlatform.Benchmarks password-hash | login-throughput [logins] [concurrency]");
        return 2;
}
return 0;
