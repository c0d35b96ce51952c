namespace AccountingPlatform.RealName.Verifications;

/// <summary>The candidate's real-name status, with their latest online application if any.</summary>
public sealed record StatusView(bool Verified, DateTimeOffset? VerifiedAt, string MaskedName, string MaskedCertificateNumber,
    OnlineApplicationSummary? LatestOnlineApplication);
