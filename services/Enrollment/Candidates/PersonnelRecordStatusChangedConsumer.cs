using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;

namespace AccountingPlatform.Enrollment.Candidates;

/// <summary>
/// The personnel record's state, from PersonnelRecord alone: a record approved by a department of a province unlocks
/// enrollment in that province if it is linked to the personnel registry; pending, rejected or reopened locks it with the reason.
/// </summary>
public sealed class PersonnelRecordStatusChangedConsumer(EnrollmentDbContext db, ILogger<PersonnelRecordStatusChangedConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, PersonnelRecordStatusChanged>(db, logger)
{
    protected override async Task HandleAsync(PersonnelRecordStatusChanged message, CancellationToken cancellationToken)
    {
        var state = message.Status switch
        {
            PersonnelRecordStatus.Pending => PersonnelRecordState.Pending,
            PersonnelRecordStatus.Approved => PersonnelRecordState.Approved,
            PersonnelRecordStatus.Rejected => PersonnelRecordState.Rejected,
            PersonnelRecordStatus.Reopened => PersonnelRecordState.Reopened,
            _ => throw new InvalidOperationException($"Unknown personnel record status {message.Status}."),
        };
        (await Db.GetOrAddEligibilityAsync(message.UserId, cancellationToken)).ApplyPersonnelRecord(message.Version, state, message.Comment, message.DepartmentDivisionCode);
    }
}
