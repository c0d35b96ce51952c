using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// A queued results import taken by one instance and merged: its staged lines move into the exam's results in ONE
/// statement (a line for a subject already imported updates its score, and what the file says of the person if it says
/// it: importing a file again adds nothing), the staging lines are deleted, the job is done and the exam's audit says
/// so, all in one transaction. The job's row stays locked meanwhile, so no other instance takes it over.
/// </summary>
public static class ResultsImportMerge
{
    private sealed record Outcome(int Imported, int Added);

    /// <summary>Claims the oldest job waiting (or one whose instance died merging it): its id, or null when there is none.</summary>
    public static async Task<Guid?> ClaimAsync(EnrollmentDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var abandoned = now - ResultsImportJob.Abandoned;
        await db.Database.ExecuteSqlAsync($"""
            UPDATE results_imports SET "State" = 'Failed', "Failure" = '上传中断，未导入任何记录', "FinishedAt" = {now}, "UpdatedAt" = {now}
            WHERE "State" = 'Checking' AND "UpdatedAt" < {abandoned}
            """, cancellationToken);
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE results_imports SET "State" = 'Importing', "StartedAt" = {now}, "UpdatedAt" = {now}
            WHERE "Id" = (SELECT "Id" FROM results_imports WHERE "State" = 'Queued' OR ("State" = 'Importing' AND "UpdatedAt" < {abandoned})
                          ORDER BY "CreatedAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    /// <summary>
    /// A merge the database refused for a reason retrying will not change (not a lost connection or a timeout): the job
    /// fails, its staged lines are deleted, nothing was written.
    /// </summary>
    public static async Task FailAsync(Guid importId, EnrollmentDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE results_imports SET "State" = 'Failed', "Failure" = '导入失败，未导入任何记录，请联系运维人员', "FinishedAt" = {now}, "UpdatedAt" = {now}
            WHERE "Id" = {importId} AND "State" = 'Importing'
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM results_import_lines WHERE "ImportId" = {importId}""", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task MergeAsync(Guid importId, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var job = await db.ResultsImports.FromSql($"""SELECT * FROM results_imports WHERE "Id" = {importId} AND "State" = 'Importing' FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        if (job is null) return;
        var now = clock.GetUtcNow();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var outcome = await db.Database.SqlQuery<Outcome>($"""
            WITH merged AS (
                INSERT INTO exam_results ("Id", "ExamCode", "CertificateType", "CertificateNumber", "SubjectCode", "Score", "HolderForm", "ImportedBy", "ImportedAt")
                SELECT "ResultId", {job.ExamCode}, "CertificateType", "CertificateNumber", "SubjectCode", "Score", "HolderForm", {job.RequestedBy}, {now}
                FROM results_import_lines WHERE "ImportId" = {importId}
                ON CONFLICT ("CertificateType", "CertificateNumber", "ExamCode", "SubjectCode")
                DO UPDATE SET "Score" = excluded."Score", "HolderForm" = COALESCE(excluded."HolderForm", exam_results."HolderForm"),
                    "ImportedBy" = excluded."ImportedBy", "ImportedAt" = excluded."ImportedAt"
                RETURNING xmax = 0 AS added)
            SELECT count(*)::int AS "Imported", (count(*) FILTER (WHERE added))::int AS "Added" FROM merged
            """).ToListAsync(cancellationToken);   // not composed: PostgreSQL takes a data-modifying WITH at the top level only
        await db.Database.ExecuteSqlAsync($"""DELETE FROM results_import_lines WHERE "ImportId" = {importId}""", cancellationToken);
        job.Merged(outcome[0].Imported, outcome[0].Added, clock.GetUtcNow());
        db.ExamChanges.Add(new ExamChange
        {
            ExamCode = job.ExamCode, Action = "ResultsImported", ChangedBy = job.RequestedBy, ChangedByName = job.RequestedByName, ChangedAt = now,
            After = System.Text.Json.JsonSerializer.Serialize(new { rows = outcome[0].Imported, added = outcome[0].Added, import = job.Id }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
