namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>Where the enrollment's confirmation goes.</summary>
public sealed record EnrollmentContactView(string? MobilePhone, string? Email);
