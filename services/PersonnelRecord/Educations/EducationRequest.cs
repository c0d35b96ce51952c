namespace AccountingPlatform.PersonnelRecord.Educations;

public sealed record EducationRequest(
    TrainingMode? TrainingMode, string? School, EducationLevel? Level, Degree? Degree, string? Major,
    DateOnly? StartDate, DateOnly? GraduationDate, string? DiplomaNumber, string? DegreeNumber, bool Overseas,
    Guid? OverseasCertificationFileId);
