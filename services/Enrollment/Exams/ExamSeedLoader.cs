using AccountingPlatform.Divisions;
using AccountingPlatform.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// Loads published exams (published: candidates see them) into the database, for every province of the division tree: an exam already there is left as
/// administrators may have changed it. Used by the <c>seed-exams</c> command (any environment) and, with
/// <c>Enrollment:LoadExamSeeds</c>, at start-up after migrations.
/// </summary>
public static class ExamSeedLoader
{
    public static async Task<int> LoadAsync(EnrollmentDbContext db, IEnumerable<string> files, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        var loaded = 0;
        foreach (var path in files)
        {
            var seed = ExamSeedFile.Read(path);
            if (await db.Exams.AnyAsync(e => e.Code == seed.Code, cancellationToken))
            {
                logger.LogInformation("Exam {ExamCode} is already there; {Path} left it as it is", seed.Code, path);
                continue;
            }
            db.Exams.Add(ToExam(seed, clock.GetUtcNow()));
            db.ExamChanges.Add(new ExamChange
            {
                ExamCode = seed.Code, Action = "ExamSeeded", ChangedAt = clock.GetUtcNow(),
                After = System.Text.Json.JsonSerializer.Serialize(new { path = Path.GetFileName(path) }),
            });
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Exam {ExamCode} loaded from {Path}", seed.Code, path);
            loaded++;
        }
        return loaded;
    }

    public static Exam ToExam(ExamSeedFile seed, DateTimeOffset now) => new()
    {
        Code = seed.Code, Year = seed.Year, Level = seed.Level, Name = seed.Name, UpdatedAt = now, Published = true,
        Subjects = seed.Subjects.Select(s => new ExamSubject { ExamCode = seed.Code, Code = s.Code!, Name = s.Name! }).ToList(),
        Provinces = DivisionTree.Instance.Provinces
            .Select(p => (Province: p, Terms: seed.Provinces.GetValueOrDefault(p.Code)))
            .Where(x => x.Terms is not { Skip: true })
            .Select(x => new ExamProvince
            {
                ExamCode = seed.Code, ProvinceCode = x.Province.Code, ProvinceName = x.Province.Name,
                WindowOpensAt = (x.Terms?.WindowOpensAt ?? seed.Defaults.WindowOpensAt!.Value).ToUniversalTime(),
                WindowClosesAt = (x.Terms?.WindowClosesAt ?? seed.Defaults.WindowClosesAt!.Value).ToUniversalTime(),
                PaymentDeadline = (x.Terms?.PaymentDeadline ?? seed.Defaults.PaymentDeadline!.Value).ToUniversalTime(),
                FeePerSubjectFen = x.Terms?.FeePerSubjectFen ?? seed.Defaults.FeePerSubjectFen!.Value,
                LinkedToPersonnelRegistry = x.Terms?.LinkedToPersonnelRegistry ?? seed.Defaults.LinkedToPersonnelRegistry!.Value,
                NoticeText = seed.NoticeText, NoticeVersion = 1, CommitmentText = seed.CommitmentText,
            })
            .ToList(),
    };
}
