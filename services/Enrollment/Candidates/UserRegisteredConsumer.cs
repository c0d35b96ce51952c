using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;

namespace AccountingPlatform.Enrollment.Candidates;

/// <summary>Learns the candidate's name (for the receipt), certificate (to match imported exam results) and registered phone (to prefill the contact).</summary>
public sealed class UserRegisteredConsumer(EnrollmentDbContext db, ILogger<UserRegisteredConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, UserRegistered>(db, logger)
{
    protected override async Task HandleAsync(UserRegistered message, CancellationToken cancellationToken)
    {
        var candidate = await Db.GetOrAddEligibilityAsync(message.UserId, cancellationToken);
        candidate.Name = message.Name;
        candidate.CertificateType = message.CertificateType;
        candidate.CertificateNumber = message.CertificateNumber;
        candidate.RegisteredPhone = message.Phone;
    }
}
