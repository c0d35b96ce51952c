using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord.Data;

namespace AccountingPlatform.PersonnelRecord.Candidates;

/// <summary>Only a real-name-verified candidate may start information collection.</summary>
public sealed class RealNameVerifiedConsumer(PersonnelDbContext db, ILogger<RealNameVerifiedConsumer> logger)
    : IdempotentConsumer<PersonnelDbContext, RealNameVerified>(db, logger)
{
    protected override async Task HandleAsync(RealNameVerified message, CancellationToken cancellationToken)
    {
        var candidate = await Db.Candidates.FindAsync([message.UserId], cancellationToken);
        if (candidate is null)
        {
            candidate = new Candidate { UserId = message.UserId };
            Db.Candidates.Add(candidate);
        }
        candidate.RealNameVerified = true;
    }
}
