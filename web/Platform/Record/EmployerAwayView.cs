namespace AccountingPlatform.Web.Platform.Record;

/// <summary>The current employer the chosen department is away from, and where it is registered (the API's <c>departmentAwayFromEmployer</c>).</summary>
public sealed record EmployerAwayView(string Employer, string DivisionCode, string DivisionName);
