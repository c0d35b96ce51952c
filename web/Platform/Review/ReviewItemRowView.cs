namespace AccountingPlatform.Web.Platform.Review;

/// <summary>A review item as the Review API lists it (certificate number masked in lists, whole on the item).</summary>
public sealed record ReviewItemRowView(
    Guid Id, string Kind, Guid SubjectId, int SubjectVersion, Guid UserId, string DivisionCode, string CandidateName, string Status,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string? Comment, string? CertificateType, string? CertificateNumber,
    IReadOnlyList<string> AttachmentUrls, Guid? ClaimedBy, string? ClaimedByName, DateTimeOffset? ClaimedUntil);
