using AccountingPlatform.Enrollment.Data;
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
/// </summary>
public static class ResultsImport
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public sealed record ImportSummary(string ExamCode, int Rows);

    public static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportAsync(
        string examCode, HttpRequest request, Guid actor, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subjects = await db.Exams.Where(e => e.Code == examCode).SelectMany(e => e.Subjects.Select(s => s.Code)).ToListAsync(cancellationToken);
        if (subjects.Count == 0) return ApiProblem.NotFound("ENROLLMENT_EXAM_NOT_FOUND", "考试不存在");
        if (request.ContentLength is > MaxBytes) return ApiProblem.BadRequest("ENROLLMENT_RESULTS_TOO_LARGE", "成绩文件不能超过20MB，请分批导入");
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.Length > MaxBytes) return ApiProblem.BadRequest("ENROLLMENT_RESULTS_TOO_LARGE", "成绩文件不能超过20MB，请分批导入");

        var (rows, errors) = ResultsCsv.Read(text, subjects.ToHashSet());
        if (errors.Count > 0)
            return ApiProblem.Validation("ENROLLMENT_RESULTS_INVALID", errors, $"成绩文件有{errors.Count}行有误，未导入任何记录，请修改后重新导入");

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO exam_results ("Id", "ExamCode", "CertificateType", "CertificateNumber", "SubjectCode", "Score", "HolderForm", "ImportedBy", "ImportedAt")
                VALUES ({Guid.CreateVersion7()}, {examCode}, {row.CertificateType}, {row.CertificateNumber}, {row.SubjectCode}, {row.Score},
                    {new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = (object?)HolderColumns.ToJson(row.Holder) ?? DBNull.Value }}, {actor}, {now})
                ON CONFLICT ("CertificateType", "CertificateNumber", "ExamCode", "SubjectCode")
                DO UPDATE SET "Score" = excluded."Score", "HolderForm" = COALESCE(excluded."HolderForm", exam_results."HolderForm"),
                    "ImportedBy" = excluded."ImportedBy", "ImportedAt" = excluded."ImportedAt"
                """, cancellationToken);
        }
        db.ExamChanges.Add(new Exams.ExamChange
        {
            ExamCode = examCode, Action = "ResultsImported", ChangedBy = actor, ChangedAt = now,
            After = System.Text.Json.JsonSerializer.Serialize(new { rows = rows.Count }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new ImportSummary(examCode, rows.Count));
    }
}
