// Measurements of the platform's speed bounds on this machine; run in Release:
//   dotnet run -c Release --project tools/Benchmarks -- password-hash
using AccountingPlatform.Benchmarks;

switch (args.FirstOrDefault())
{
    case "password-hash":
        PasswordHashBenchmark.Run(samples: 40, throughputWindow: TimeSpan.FromSeconds(10));
        break;
    default:
        Console.Error.WriteLine("usage: AccountingPlatform.Benchmarks password-hash");
        return 2;
}
return 0;
