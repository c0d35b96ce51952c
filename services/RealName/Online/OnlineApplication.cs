namespace AccountingPlatform.RealName.Online;

/// <summary>
/// One submission of 线上实名认证: three photos and the county whose reviewers decide it. A candidate has at most one
/// pending; after a rejection a new submission gets the next version.
/// </summary>
public sealed class OnlineApplication
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public int Version { get; init; }
    public required string CountyCode { get; init; }
    public OnlineApplicationStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? RejectionReason { get; set; }
    public List<CertificatePhoto> Photos { get; init; } = [];
}
