// Compiled only when EnableAspireAppHost is false (the default); Program.cs is the real AppHost.
Console.WriteLine("AccountingPlatform.AppHost is a placeholder: the Aspire AppHost needs the Aspire SDK and Docker; see AppHost/README.md.");
