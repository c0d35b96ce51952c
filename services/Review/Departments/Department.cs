namespace AccountingPlatform.Review.Departments;

/// <summary>A directory entry: the accounting management department (会计管理部门) of a division and how to reach it.</summary>
public sealed class Department
{
    public required string DivisionCode { get; init; }
    public required string Name { get; set; }
    public required string Phone { get; set; }
    public required string Address { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid UpdatedBy { get; set; }
}
