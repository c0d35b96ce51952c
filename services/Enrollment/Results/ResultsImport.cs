using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// Administrators import the subjects passed in an exam (CSV). All or nothing: a file with any bad line imports
/// nothing and every bad line is reported; a good file is applied in one transaction, and importing it again changes
/// nothing (a line for a subject already imported updates its score, and what the file says of the person if it says it).
/// A dry run (<c>?dryRun=true</c>) checks the file by the same validation (<see cref="ResultsCsv.Check"/>) and writes nothing.
/// </summary>
public static class ResultsImport
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public sealed record ImportSummary(string ExamCode, int Rows);

    public static async Task<Results<Ok<ImportSummary>, Ok<ResultsDryRun>, ProblemHttpResult>> ImportAsync(
        string examCode, bool dryRun, HttpRequest request, Administrator actor, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subjects = await db.Exams.Where(e => e.Code == examCode).SelectMany(e => e.Subjects.Select(s => s.Code)).ToListAsync(cancellationToken);
        if (subjects.Count == 0) return ExamProblems.NotFound();
        if (request.ContentLength is > MaxBytes) return ApiProblem.BadRequest("ENROLLMENT_RESULTS_TOO_LARGE", "成绩文件不能超过20MB，请分批导入");
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.Length > MaxBytes) return ApiProblem.BadRequest("ENROLLMENT_RESULTS_TOO_LARGE", "成绩文件不能超过20MB，请分批导入");

        var check = ResultsCsv.Check(text, subjects.ToHashSet());
        if (dryRun) return TypedResults.Ok(ResultsDryRun.Of(check));
        if (check.Errors.Count > 0)
        {
            var errors = check.ByLine();
            return ApiProblem.Validation("ENROLLMENT_RESULTS_INVALID", errors, $"成绩文件有{errors.Count}行有误，未导入任何记录，请修改后重新导入");
        }
        var rows = check.Rows;

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO exam_results ("Id", "ExamCode", "CertificateType", "CertificateNumber", "SubjectCode", "Score", "HolderForm", "ImportedBy", "ImportedAt")
                VALUES ({Guid.CreateVersion7()}, {examCode}, {row.CertificateType}, {row.CertificateNumber}, {row.SubjectCode}, {row.Score},
                    {new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = (object?)HolderColumns.ToJson(row.Holder) ?? DBNull.Value }}, {actor.Id}, {now})
                ON CONFLICT ("CertificateType", "CertificateNumber", "ExamCode", "SubjectCode")
                DO UPDATE SET "Score" = excluded."Score", "HolderForm" = COALESCE(excluded."HolderForm", exam_results."HolderForm"),
                    "ImportedBy" = excluded."ImportedBy", "ImportedAt" = excluded."ImportedAt"
                """, cancellationToken);
        }
        db.ExamChanges.Add(new ExamChange
        {
            ExamCode = examCode, Action = "ResultsImported", ChangedBy = actor.Id, ChangedByName = actor.Name, ChangedAt = now,
            After = System.Text.Json.JsonSerializer.Serialize(new { rows = rows.Count }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new ImportSummary(examCode, rows.Count));
    }
}
