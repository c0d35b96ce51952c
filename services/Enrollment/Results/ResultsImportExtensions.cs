namespace AccountingPlatform.Enrollment.Results;

public static class ResultsImportExtensions
{
    public static IHostApplicationBuilder AddResultsImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ResultsImportSignal>();
        builder.Services.AddHostedService<ResultsImportWorker>();
        return builder;
    }
}
