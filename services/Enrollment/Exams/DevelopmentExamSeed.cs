using AccountingPlatform.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// Development data (on when <c>Enrollment:SeedDevelopmentExam</c> is true): an intermediate exam whose registration
/// window is open now, in a province linked to the personnel registry (北京, 上海) and one that is not (广东).
/// Runs after migrations.
/// </summary>
internal sealed class DevelopmentExamSeed(IServiceScopeFactory scopes, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        var now = clock.GetUtcNow();
        var code = $"{now.Year + 1}-ZJ";
        if (await db.Exams.AnyAsync(e => e.Code == code, cancellationToken)) return;

        var opens = now.AddDays(-1);
        var closes = now.AddDays(21);
        db.Exams.Add(new Exam
        {
            Code = code,
            Name = $"{now.Year + 1}年度全国中级会计资格考试",
            Subjects =
            [
                new ExamSubject { ExamCode = code, Code = "ZJ-SW", Name = "中级会计实务" },
                new ExamSubject { ExamCode = code, Code = "ZJ-CG", Name = "财务管理" },
                new ExamSubject { ExamCode = code, Code = "ZJ-JJF", Name = "经济法" },
            ],
            Provinces =
            [
                Province(code, "110000", "北京市", linked: true, 6000, opens, closes),
                Province(code, "310000", "上海市", linked: true, 6000, opens, closes),
                Province(code, "440000", "广东省", linked: false, 5600, opens, closes),
            ],
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static ExamProvince Province(string exam, string code, string name, bool linked, long feeFen, DateTimeOffset opens, DateTimeOffset closes) =>
        new()
        {
            ExamCode = exam, ProvinceCode = code, ProvinceName = name, LinkedToPersonnelRegistry = linked,
            WindowOpensAt = opens, WindowClosesAt = closes, FeePerSubjectFen = feeFen,
        };
}
