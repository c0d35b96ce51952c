using AccountingPlatform.PersonnelRecord.Records;
namespace AccountingPlatform.PersonnelRecord.Educations;

/// <summary>One 教育经历 entry of a candidate's record.</summary>
public sealed class Education : IRecordEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public TrainingMode TrainingMode { get; set; }
    public required string School { get; set; }
    public EducationLevel Level { get; set; }
    public Degree Degree { get; set; }
    public required string Major { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly GraduationDate { get; set; }
    public string? DiplomaNumber { get; set; }
    public string? DegreeNumber { get; set; }
    public bool Overseas { get; set; }
    /// <summary>教育部留学服务中心 certification: required for an overseas bachelor's degree or higher.</summary>
    public Guid? OverseasCertificationFileId { get; set; }
}
