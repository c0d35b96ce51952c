namespace AccountingPlatform.PersonnelRecord.Departments;

/// <summary>An accounting management department's contact details, copied from Review's directory (DepartmentUpdated).</summary>
public sealed class Department
{
    public required string DivisionCode { get; init; }
    public required string Name { get; set; }
    public required string Phone { get; set; }
    public required string Address { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
