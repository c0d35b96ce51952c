using AccountingPlatform.Enrollment.Data;

namespace AccountingPlatform.Enrollment.Candidates;

public static class EligibilityQueries
{
    /// <summary>The candidate's eligibility row, added (untracked until saved) when the first event about them arrives.</summary>
    public static async Task<CandidateEligibility> GetOrAddEligibilityAsync(this EnrollmentDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.FindAsync([userId], cancellationToken);
        if (candidate is null)
        {
            candidate = new CandidateEligibility { UserId = userId };
            db.Candidates.Add(candidate);
        }
        return candidate;
    }

    /// <summary>Applies a personnel-record state for a version unless a newer version is already known.</summary>
    public static void ApplyPersonnelRecord(this CandidateEligibility candidate, int version, PersonnelRecordState state, string? comment,
        string? divisionCode = null)
    {
        if (version < candidate.PersonnelRecordVersion) return;
        candidate.PersonnelRecordVersion = version;
        candidate.PersonnelRecord = state;
        candidate.PersonnelRecordComment = comment;
        candidate.PersonnelRecordDivisionCode = divisionCode;
    }
}
