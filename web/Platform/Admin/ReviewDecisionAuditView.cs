namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>One review decision in the audit administrators search: who decided what, for whom, when, with which comment.</summary>
public sealed record ReviewDecisionAuditView(Guid Id, DateTimeOffset DecidedAt, Guid ReviewerId, string? ReviewerName, string? ReviewerDivisionCode,
    Guid ReviewItemId, string? Kind, string? CandidateName, string? DivisionCode, int SubjectVersion, string? PreviousStatus, string? NewStatus, string? Comment);
