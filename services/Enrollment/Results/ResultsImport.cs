using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// Administrators import the subjects passed in an exam (CSV), of any size up to <see cref="ResultsFile.MaxBytes"/>:
/// the file is checked line by line as it streams in (<see cref="ResultsFileReader"/>, never held whole) and its good
/// lines are written with <c>COPY</c> into the staging table, in one transaction, by the instance that receives it.
/// All or nothing: a file with any bad line is refused line by line (400, the first
/// <see cref="ResultsImportJob.MaxListedErrors"/> errors) and its staged lines are rolled back; a good file's job is
/// queued with its lines committed and the answer is <c>202 Accepted</c> with the job's status resource, whose merge
/// any instance then takes (<see cref="ResultsImportWorker"/>). A dry run (<c>?dryRun=true</c>) reads the file by the
/// same rule and writes nothing.
/// </summary>
public static class ResultsImport
{
    /// <summary>While checking, the job's line count is brought up to date every so many lines, for whoever watches it.</summary>
    public const int ProgressEvery = 50_000;

    public static async Task<Results<Accepted<ResultsImportStatus>, Ok<ResultsDryRun>, ProblemHttpResult>> ImportAsync(
        string examCode, bool dryRun, HttpRequest request, Administrator actor, EnrollmentDbContext db, ResultsImportSignal signal, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var subjects = (await db.Exams.Where(e => e.Code == examCode).SelectMany(e => e.Subjects.Select(s => s.Code)).ToListAsync(cancellationToken)).ToHashSet();
        if (subjects.Count == 0) return ExamProblems.NotFound();
        if (ResultsFile.TooLarge(request)) return ResultsProblems.TooLarge();
        var file = new ResultsFileReader(subjects, ResultsImportJob.MaxListedErrors, ResultsFile.ExpectedLines(request));
        try
        {
            if (dryRun)
            {
                await foreach (var line in ResultsFile.LinesAsync(request, cancellationToken)) file.Read(line);
                file.Finish();
                return TypedResults.Ok(ResultsDryRun.Of(file));
            }
            var job = ResultsImportJob.Start(examCode, actor.Id, actor.Name, clock.GetUtcNow());
            db.ResultsImports.Add(job);
            await db.SaveChangesAsync(cancellationToken);
            await StageAsync(job, file, request, db, clock, cancellationToken);
            if (job.State == ResultsImportState.Failed) return ResultsProblems.Invalid(file);
            signal.Wake();
            return TypedResults.Accepted(ResultsImportStatus.Location(examCode, job.Id), ResultsImportStatus.Of(job));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ResultsProblems.TooLarge();
        }
    }

    /// <summary>Reads the file into the staging table: committed with the job queued when every line is good, rolled back otherwise.</summary>
    private static async Task StageAsync(ResultsImportJob job, ResultsFileReader file, HttpRequest request, EnrollmentDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var progress = new ResultsImportProgress((NpgsqlConnection)db.Database.GetDbConnection(), job.Id, clock);
        try
        {
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                var staged = await CopyAsync(job.Id, file, request, (NpgsqlConnection)db.Database.GetDbConnection(), progress, cancellationToken);
                job.Checked(file, clock.GetUtcNow());
                if (staged)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return;
                }
            }
            await db.SaveChangesAsync(cancellationToken);   // failed: its lines rolled back, its errors kept
        }
        catch (Exception e)
        {
            // The upload broke off (or was over the cap, or the database failed): its lines are rolled back; the job says so.
            await progress.FailAsync(e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? $"成绩文件超过{ResultsFile.MaxBytes / 1024 / 1024}MB，未导入任何记录" : "上传中断，未导入任何记录");
            throw;
        }
    }

    /// <summary>Each good line into the staging table by binary <c>COPY</c>; whether the copy completed (none of the lines was bad).</summary>
    private static async Task<bool> CopyAsync(Guid importId, ResultsFileReader file, HttpRequest request, NpgsqlConnection connection,
        ResultsImportProgress progress, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY results_import_lines ("ImportId", "Line", "ResultId", "CertificateType", "CertificateNumber", "SubjectCode", "Score", "HolderForm")
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        var reported = 0;
        await foreach (var line in ResultsFile.LinesAsync(request, cancellationToken))
        {
            var row = file.Read(line);
            if (file.Lines - reported >= ProgressEvery) await progress.LinesReadAsync(reported = file.Lines, cancellationToken);
            if (row is null || file.ErrorCount > 0) continue;   // after a bad line the rest is only checked: nothing will be written
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(importId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(row.Line, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(row.CertificateType, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(row.CertificateNumber, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(row.SubjectCode, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(row.Score, NpgsqlDbType.Numeric, cancellationToken);
            if (HolderColumns.ToJson(row.Holder) is { } holder) await copy.WriteAsync(holder, NpgsqlDbType.Jsonb, cancellationToken);
            else await copy.WriteNullAsync(cancellationToken);
        }
        file.Finish();
        if (file.ErrorCount > 0) return false;   // disposed without completing: the copy is cancelled
        await copy.CompleteAsync(cancellationToken);
        return true;
    }
}
