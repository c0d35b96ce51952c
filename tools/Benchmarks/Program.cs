// Measurements of the platform on the machine at hand; run in Release:
//   dotnet run -c Release --project tools/Benchmarks -- platform [--smoke] [--replicas N] [--only registrations|enrollment-submissions|portal-journeys|staff-lists|rush-memory] [--out <file.json>]
//     starts the platform (the AppHost, on random loopback ports, fresh data; with --replicas N, N instances of every
//     service, of the web app and of the gateway, the people spread over the gateways), runs the whole benchmark against it,
//     prints the table and saves it as JSON (default .local/benchmarks/platform-<UTC time>.json, the platform's logs
//     beside it in <name>-logs/); exit code 1 when a
//     call failed or an event was lost (never because of a timing target). --only registrations: the hash bound, the
//     warm-up, the platform at rest, registrations and logins with their CPU per process, nothing after (~2 min).
//   ... platform --only enrollment-submissions: only the enrollment submissions and their pgbench (after the warm-up, the people registered untimed).
//   ... platform --only portal-journeys: the warm-up, then the API-only rush and whole journeys through the portal's pages at 4, 8, 16 at a time.
//   ... platform --only staff-lists: only the review queue and the administrators' lists at 100,000 rows in a province (2,000 with --smoke).
//   ... platform --only rush-memory: the warm-up and the rush alone, every process's peak RSS and PSS (~4 min with start-up).
//   dotnet run -c Release --project tools/Benchmarks -- results-import [--smoke]
//     starts the platform the same way and runs only the results import measure (500,000 lines; 3,000 with --smoke).
//   dotnet run -c Release --project tools/Benchmarks -- password-hash
using AccountingPlatform.Benchmarks;
using AccountingPlatform.Benchmarks.Platform;

switch (args.FirstOrDefault())
{
    case "password-hash":
        PasswordHashBenchmark.Run(samples: 40, throughputWindow: TimeSpan.FromSeconds(10));
        return 0;
    case "platform":
        var smoke = args.Contains("--smoke");
        var replicas = Option("--replicas") is { } n ? int.TryParse(n, out var r) && r >= 1 ? r : -1 : 1;
        if (replicas < 1)
        {
            Console.Error.WriteLine("--replicas takes a whole number, 1 or more");
            return 2;
        }
        var output = Option("--out")
            ?? Path.Combine(".local", "benchmarks", $"platform-{TimeProvider.System.GetUtcNow():yyyyMMdd-HHmmss}{(replicas > 1 ? $"-replicas{replicas}" : "")}.json");
        var logs = Path.ChangeExtension(output, null) + "-logs";
        Console.Error.WriteLine($"starting the platform (the AppHost, {replicas} instance(s) per service); its logs go to {logs}");
        await using (var platform = await PlatformLauncher.StartAsync(logs, TimeSpan.FromMinutes(5), replicas))
        {
            var report = await PlatformBenchmark.RunAsync(platform.Target, smoke ? BenchmarkSizes.Smoke : BenchmarkSizes.Full,
                "dotnet run -c Release --project tools/Benchmarks -- " + string.Join(' ', args), TimeProvider.System, Option("--only"));
            report.Print(Console.Out);
            await report.SaveAsync(output);
            Console.WriteLine($"\nsaved {output}");
            return report.Failures == 0 && (report.Events?.Lost ?? 0) == 0 ? 0 : 1;
        }
    case "results-import":
        await using (var platform = await PlatformLauncher.StartAsync(Path.Combine(".local", "benchmarks", "results-import-logs"), TimeSpan.FromMinutes(5)))
        {
            var report = await AccountingPlatform.Benchmarks.Measures.ResultsImport.RunAloneAsync(platform.Target,
                args.Contains("--smoke") ? BenchmarkSizes.Smoke : BenchmarkSizes.Full, "results-import", TimeProvider.System);
            report.Print(Console.Out);
            return report.Failures == 0 ? 0 : 1;
        }
    default:
        Console.Error.WriteLine("usage: AccountingPlatform.Benchmarks platform [--smoke] [--replicas N] [--only registrations|enrollment-submissions|portal-journeys|staff-lists|rush-memory] [--out <file.json>] | results-import [--smoke] | password-hash");
        return 2;
}

string? Option(string name) => Array.IndexOf(args, name) is > 0 and var i && i + 1 < args.Length ? args[i + 1] : null;
