using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName.Data;

namespace AccountingPlatform.RealName.Verifications;

public sealed class UserRegisteredConsumer(RealNameDbContext db, ILogger<UserRegisteredConsumer> logger)
    : IdempotentConsumer<RealNameDbContext, UserRegistered>(db, logger)
{
    protected override async Task HandleAsync(UserRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.People.FindAsync([message.UserId], cancellationToken) is not null) return;
        Db.People.Add(new Person
        {
            UserId = message.UserId,
            Name = message.Name,
            CertificateType = message.CertificateType,
            CertificateNumber = message.CertificateNumber,
        });
    }
}
