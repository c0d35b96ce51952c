using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord.Data;

namespace AccountingPlatform.PersonnelRecord.Departments;

/// <summary>Keeps the copy of the department directory that review notices show; an older change never overwrites a newer one.</summary>
public sealed class DepartmentUpdatedConsumer(PersonnelDbContext db, ILogger<DepartmentUpdatedConsumer> logger)
    : IdempotentConsumer<PersonnelDbContext, DepartmentUpdated>(db, logger)
{
    protected override async Task HandleAsync(DepartmentUpdated message, CancellationToken cancellationToken)
    {
        var department = await Db.Departments.FindAsync([message.DivisionCode], cancellationToken);
        if (department is null)
        {
            Db.Departments.Add(new Department
            {
                DivisionCode = message.DivisionCode, Name = message.Name, Phone = message.Phone, Address = message.Address, UpdatedAt = message.OccurredAt,
            });
        }
        else if (message.OccurredAt > department.UpdatedAt)
        {
            (department.Name, department.Phone, department.Address, department.UpdatedAt) = (message.Name, message.Phone, message.Address, message.OccurredAt);
        }
    }
}
