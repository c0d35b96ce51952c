namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>Where the confirmation goes: a mainland mobile number (SMS) and an e-mail address.</summary>
public sealed record EnrollmentContact(string? MobilePhone, string? Email);
