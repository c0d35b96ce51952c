namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>审核告知: whom to ask about the review — the chosen department, or the nearest one above it in the directory.</summary>
public sealed record DepartmentContact(string DivisionCode, string Name, string Phone, string Address);
