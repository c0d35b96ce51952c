namespace AccountingPlatform.Web.Platform.RealName;

/// <summary>GET /api/realname/me/status: whether the person's real name is verified, and their latest online application.</summary>
public sealed record RealNameStatusView(bool Verified, DateTimeOffset? VerifiedAt, string MaskedName, string MaskedCertificateNumber,
    OnlineApplicationSummaryView? LatestOnlineApplication);
