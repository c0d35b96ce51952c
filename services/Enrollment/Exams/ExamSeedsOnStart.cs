using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// Start-up data, after migrations, one instance at a time: with <c>Enrollment:LoadExamSeeds</c> the published exams of <c>Exams/Seeds</c>;
/// with <c>Enrollment:SeedDevelopmentExam</c> (Development) next year's intermediate exam with its window open now, in
/// 北京 and 上海 (linked to the personnel registry) and 广东 (not linked), with the published notice and commitment.
/// </summary>
internal sealed class ExamSeedsOnStart(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ExamSeedsOnStart> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        await db.SeedOneAtATimeAsync("enrollment-exam-seeds", token => AddMissingAsync(db, token), cancellationToken);
    }

    private async Task AddMissingAsync(EnrollmentDbContext db, CancellationToken cancellationToken)
    {
        if (configuration.GetValue<bool>("Enrollment:LoadExamSeeds"))
            await ExamSeedLoader.LoadAsync(db, ExamSeedFile.All(), clock, logger, cancellationToken);
        if (!configuration.GetValue<bool>("Enrollment:SeedDevelopmentExam")) return;

        var now = clock.GetUtcNow();
        var code = $"{now.Year + 1}-ZJ";
        if (await db.Exams.AnyAsync(e => e.Code == code, cancellationToken)) return;
        var published = ExamSeedFile.Read(ExamSeedFile.All().First());
        var opens = now.AddDays(-1);
        var closes = now.AddDays(21);
        var seed = published with
        {
            Code = code,
            Year = now.Year + 1,
            Name = $"{now.Year + 1}年度全国中级会计资格考试",
            Defaults = new ExamSeedFile.Terms(opens, closes, closes.AddHours(6), 5600, LinkedToPersonnelRegistry: false),
            Provinces = DivisionTreeProvinces(code => code switch
            {
                "110000" or "310000" => new ExamSeedFile.Terms(FeePerSubjectFen: 6000, LinkedToPersonnelRegistry: true),
                "440000" => new ExamSeedFile.Terms(),
                _ => new ExamSeedFile.Terms(Skip: true),
            }),
        };
        db.Exams.Add(ExamSeedLoader.ToExam(seed, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static Dictionary<string, ExamSeedFile.Terms> DivisionTreeProvinces(Func<string, ExamSeedFile.Terms> terms) =>
        Divisions.DivisionTree.Instance.Provinces.ToDictionary(p => p.Code, p => terms(p.Code));
}
