using AccountingPlatform.RealName.Data;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.RealName.Verifications;

/// <summary>Whether the candidate is verified, and where their latest online application stands.</summary>
public static class RealNameStatus
{
    public static async Task<Results<Ok<StatusView>, ProblemHttpResult>> GetAsync(HttpContext http, RealNameDbContext db, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == http.User.GetUserId(), cancellationToken);
        if (person is null) return RealNameProblems.AccountNotReady();
        var online = await db.OnlineApplications.AsNoTracking().Where(a => a.UserId == person.UserId).OrderByDescending(a => a.Version)
            .Select(a => new OnlineApplicationSummary(a.Id, a.Version, a.Status, a.SubmittedAt, a.RejectionReason))
            .FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new StatusView(person.VerifiedAt is not null, person.VerifiedAt,
            PersonalData.MaskName(person.Name), PersonalData.MaskCertificateNumber(person.CertificateNumber), online));
    }
}
