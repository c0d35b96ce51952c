namespace AccountingPlatform.Contracts;

/// <summary>
/// A candidate submitted (version <c>Version</c> of) an online real-name application: three certificate photos for a
/// reviewer of the county <c>CountyCode</c> to compare with the registered identity. <c>PhotoUrls</c> are gateway
/// paths served by RealName to the candidate and to reviewers covering the county.
/// </summary>
public sealed record RealNameSubmittedForReview(
    Guid ApplicationId,
    Guid UserId,
    int Version,
    string CountyCode,
    string CandidateName,
    string CertificateType,
    string CertificateNumber,
    IReadOnlyList<string> PhotoUrls,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
