using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// An administrator publishes an exam (candidates see it and may enroll, <see cref="CandidateExams"/>) or takes it back
/// to a draft, which only an exam nobody enrolled in may become. Each change is audited with who and when.
/// </summary>
public static class ExamPublication
{
    public static async Task<Results<Ok<ExamDetailView>, ProblemHttpResult>> SetAsync(
        string examCode, bool publish, Administrator actor, EnrollmentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var exam = await db.Exams.Include(e => e.Subjects).Include(e => e.Provinces).FirstOrDefaultAsync(e => e.Code == examCode, cancellationToken);
        var enrollments = exam is null ? 0 : await db.Enrollments.CountAsync(e => e.ExamCode == examCode, cancellationToken);
        var now = clock.GetUtcNow();
        switch (Decide(exam?.Published, publish, enrollments))
        {
            case ExamPublicationChange.NotFound:
                return ExamProblems.NotFound();
            case ExamPublicationChange.HasEnrollments:
                return ApiProblem.Conflict("ENROLLMENT_EXAM_HAS_ENROLLMENTS", $"本次考试已有{enrollments}条报名记录，不能取消发布");
            case ExamPublicationChange.Publish or ExamPublicationChange.Unpublish:
                exam!.Published = publish;
                exam.UpdatedAt = ExamStamp.Next(exam.UpdatedAt, now);
                db.ExamChanges.Add(new ExamChange
                {
                    ExamCode = examCode, Action = publish ? "ExamPublished" : "ExamUnpublished", ChangedBy = actor.Id, ChangedByName = actor.Name, ChangedAt = now,
                    Before = Snapshot(!publish), After = Snapshot(publish),
                });
                await db.SaveChangesAsync(cancellationToken);
                break;
        }
        return TypedResults.Ok(ExamDetailView.Of(exam!, enrollments, now));
    }

    /// <summary>The change to make, from whether the exam is published (null when there is no such exam), what is asked, and its enrollments.</summary>
    public static ExamPublicationChange Decide(bool? published, bool publish, int enrollments)
    {
        if (published is not { } current) return ExamPublicationChange.NotFound;
        if (current == publish) return ExamPublicationChange.Unchanged;
        if (!publish && enrollments > 0) return ExamPublicationChange.HasEnrollments;
        return publish ? ExamPublicationChange.Publish : ExamPublicationChange.Unpublish;
    }

    private static string Snapshot(bool published) => System.Text.Json.JsonSerializer.Serialize(new { published });
}
