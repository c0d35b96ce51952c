using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName.Data;

namespace AccountingPlatform.RealName.Verifications;

/// <summary>
/// Becoming real-name verified, however it happened (Alipay, or a reviewer approving an online application): the
/// person is verified from then on and <c>RealNameVerified</c> is published, saved with the caller's other changes.
/// Someone already verified stays as they were, and nothing is published again.
/// </summary>
public static class RealNameVerification
{
    /// <summary>True when this made the person verified; false when they already were.</summary>
    public static bool Verify(RealNameDbContext db, Person person, Guid evidenceId, VerificationMethod method, DateTimeOffset now)
    {
        if (person.VerifiedAt is not null) return false;
        person.VerifiedAt = now;
        db.AddIntegrationEvent(new RealNameVerified(person.UserId, evidenceId, method.ToString(), now));
        return true;
    }
}
