using AccountingPlatform.Contracts;

namespace AccountingPlatform.Review.Items;

/// <summary>One submitted version of a subject (a personnel record or an online real-name application) waiting for a decision.</summary>
public sealed class ReviewItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ReviewItemKind Kind { get; init; }
    public Guid SubjectId { get; init; }
    public int SubjectVersion { get; init; }
    public Guid UserId { get; init; }
    public required string DivisionCode { get; init; }
    public required string CandidateName { get; init; }
    /// <summary>For a real-name application: the registered certificate the photos must show.</summary>
    public string? CertificateType { get; init; }
    public string? CertificateNumber { get; init; }
    /// <summary>Gateway paths of the subject's files, served by the owning service to reviewers covering the division.</summary>
    public List<string> AttachmentUrls { get; init; } = [];
    public ReviewItemStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public string? Comment { get; set; }
    /// <summary>The subject as submitted, one labelled line per field (JSON object), to compare versions.</summary>
    public string? SnapshotJson { get; init; }
    /// <summary>A reviewer working on the item; others cannot decide it until the claim is released or runs out.</summary>
    public Guid? ClaimedBy { get; set; }
    /// <summary>The claimer's name as their token gave it at claim time, so colleagues see who holds the item.</summary>
    public string? ClaimedByName { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public uint RowVersion { get; set; }
}
