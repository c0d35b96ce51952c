using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// <c>AccountingPlatform.Enrollment seed-exams [file.json ...]</c>: migrates the database, loads the published exams
/// (the given files, or every file of <c>Exams/Seeds</c>) and exits. For any environment; needs only
/// <c>ConnectionStrings__enrollmentdb</c>.
/// </summary>
public static class ExamSeedCommand
{
    public const string Verb = "seed-exams";

    public static async Task<int> RunAsync(WebApplicationBuilder builder, IReadOnlyList<string> files)
    {
        builder.AddServiceDatabase<EnrollmentDbContext>("enrollmentdb");
        builder.Services.AddSingleton(TimeProvider.System);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<EnrollmentDbContext>>();
        await db.Database.MigrateAsync();
        var loaded = await ExamSeedLoader.LoadAsync(db, files.Count > 0 ? files : ExamSeedFile.All(), app.Services.GetRequiredService<TimeProvider>(), logger, CancellationToken.None);
        logger.LogInformation("{Count} exams loaded", loaded);
        return 0;
    }
}
