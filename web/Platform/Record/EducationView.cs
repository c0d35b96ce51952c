namespace AccountingPlatform.Web.Platform.Record;

/// <summary>One 教育经历 entry as the API lists it.</summary>
public sealed record EducationView(
    Guid Id, string TrainingMode, string School, string Level, string Degree, string Major, DateOnly StartDate, DateOnly GraduationDate,
    string? DiplomaNumber, string? DegreeNumber, bool Overseas, Guid? OverseasCertificationFileId);
