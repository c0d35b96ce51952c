namespace AccountingPlatform.Web.Components.Pages.Record;

/// <summary>One 教育经历 as the person typed it (kept when the API refuses it).</summary>
public sealed class EducationForm
{
    public string? Action { get; set; }
    public string? TrainingMode { get; set; }
    public string? School { get; set; }
    public string? Level { get; set; }
    public string? Degree { get; set; }
    public string? Major { get; set; }
    public string? StartDate { get; set; }
    public string? GraduationDate { get; set; }
    public string? DiplomaNumber { get; set; }
    public string? DegreeNumber { get; set; }
    public string? Overseas { get; set; }
    public string? OverseasCertificationFileId { get; set; }
    public string? IdempotencyKey { get; set; }
}
