using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord.Data;

namespace AccountingPlatform.PersonnelRecord.Candidates;

public sealed class UserRegisteredConsumer(PersonnelDbContext db, ILogger<UserRegisteredConsumer> logger)
    : IdempotentConsumer<PersonnelDbContext, UserRegistered>(db, logger)
{
    protected override async Task HandleAsync(UserRegistered message, CancellationToken cancellationToken)
    {
        var candidate = await Db.Candidates.FindAsync([message.UserId], cancellationToken);
        if (candidate is null)
        {
            candidate = new Candidate { UserId = message.UserId };
            Db.Candidates.Add(candidate);
        }
        candidate.Name = message.Name;
        candidate.CertificateType = message.CertificateType;
        candidate.CertificateNumber = message.CertificateNumber;
        candidate.Gender = message.Gender;
        candidate.BirthDate = message.BirthDate;
        candidate.Phone = message.Phone;
    }
}
