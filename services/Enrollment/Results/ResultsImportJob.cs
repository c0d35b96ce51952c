using System.Text.Json;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// One results import, from the upload to the merge: the job an administrator watches
/// (<c>GET …/results/imports/{id}</c>). Its rows wait in <see cref="ResultsImportLine"/> while it is <c>Queued</c>.
/// </summary>
public sealed class ResultsImportJob
{
    /// <summary>The first errors a job keeps and shows; the rest are counted (<see cref="ErrorCount"/>).</summary>
    public const int MaxListedErrors = 1000;
    /// <summary>A job not heard of for this long is taken over (<c>Importing</c>: its merge was rolled back) or failed (<c>Checking</c>: its upload broke off).</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string ExamCode { get; init; }
    public ResultsImportState State { get; set; }
    public int LinesRead { get; set; }
    public int Valid { get; set; }
    public int BadLines { get; set; }
    public int ErrorCount { get; set; }
    /// <summary>The first <see cref="MaxListedErrors"/> errors, as JSON (<see cref="ResultLineError"/>).</summary>
    public string? Errors { get; set; }
    public int Imported { get; set; }
    /// <summary>Of the imported rows, those new (the others updated a subject already imported).</summary>
    public int Added { get; set; }
    public string? Failure { get; set; }
    public Guid RequestedBy { get; init; }
    public required string RequestedByName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last heard of: progress while checking, the claim while importing.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CheckedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public static ResultsImportJob Start(string examCode, Guid by, string byName, DateTimeOffset now) => new()
    {
        ExamCode = examCode, State = ResultsImportState.Checking, RequestedBy = by, RequestedByName = byName, CreatedAt = now, UpdatedAt = now,
    };

    /// <summary>The file read to its end: queued for the merge when every line is good, failed otherwise (nothing written).</summary>
    public void Checked(ResultsFileReader file, DateTimeOffset now)
    {
        (LinesRead, Valid, BadLines, ErrorCount, CheckedAt, UpdatedAt) = (file.Lines, file.Valid, file.BadLines, file.ErrorCount, now, now);
        Errors = file.ErrorCount == 0 ? null : JsonSerializer.Serialize(file.Errors, JsonSerializerOptions.Web);
        State = file.ErrorCount == 0 ? ResultsImportState.Queued : ResultsImportState.Failed;
        if (State == ResultsImportState.Failed) FinishedAt = now;
    }

    public void Merged(int imported, int added, DateTimeOffset now) =>
        (State, Imported, Added, FinishedAt, UpdatedAt) = (ResultsImportState.Done, imported, added, now, now);

    /// <summary>Failed for a reason other than its lines (the upload broke off); nothing was written.</summary>
    public void Fail(string reason, DateTimeOffset now) => (State, Failure, FinishedAt, UpdatedAt) = (ResultsImportState.Failed, reason, now, now);

    public IReadOnlyList<ResultLineError> ListedErrors() =>
        Errors is null ? [] : JsonSerializer.Deserialize<List<ResultLineError>>(Errors, JsonSerializerOptions.Web) ?? [];
}
