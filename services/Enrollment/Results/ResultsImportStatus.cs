namespace AccountingPlatform.Enrollment.Results;

/// <summary>A results import as its status resource shows it (<c>GET …/results/imports/{id}</c>).</summary>
public sealed record ResultsImportStatus(
    Guid Id, string ExamCode, ResultsImportState State, int LinesRead, int Valid, int BadLines, int ErrorCount, IReadOnlyList<ResultLineError> Errors,
    int Imported, int Added, string? Failure, string RequestedBy, DateTimeOffset CreatedAt, DateTimeOffset? CheckedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public static ResultsImportStatus Of(ResultsImportJob job) => new(
        job.Id, job.ExamCode, job.State, job.LinesRead, job.Valid, job.BadLines, job.ErrorCount, job.ListedErrors(), job.Imported, job.Added,
        job.Failure, job.RequestedByName, job.CreatedAt, job.CheckedAt, job.StartedAt, job.FinishedAt);

    public static string Location(string examCode, Guid id) => $"/api/enrollment/admin/exams/{Uri.EscapeDataString(examCode)}/results/imports/{id}";
}
