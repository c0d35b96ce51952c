namespace AccountingPlatform.Web.Platform.RealName;

/// <summary>One of the person's online real-name applications (GET /api/realname/me/online-applications, latest first).</summary>
public sealed record OnlineApplicationView(Guid Id, int Version, string CountyCode, string CountyName, string Status, DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt, string? RejectionReason, IReadOnlyList<OnlinePhotoView> Photos);
