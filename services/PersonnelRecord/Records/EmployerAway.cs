namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>The current employer the chosen department is away from, and where it is registered.</summary>
public sealed record EmployerAway(string Employer, string DivisionCode, string DivisionName);
