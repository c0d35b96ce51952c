using AccountingPlatform.Contracts;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Review.Items;

/// <summary>An item as a reviewer sees it. The certificate number is shown in full only on the item itself, to the reviewer who may decide it.</summary>
public sealed record ReviewItemView(
    Guid Id, ReviewItemKind Kind, Guid SubjectId, int SubjectVersion, Guid UserId, string DivisionCode,
    string CandidateName, ReviewItemStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string? Comment,
    string? CertificateType, string? CertificateNumber, IReadOnlyList<string> AttachmentUrls,
    Guid? ClaimedBy, string? ClaimedByName, DateTimeOffset? ClaimedUntil)
{
    public static ReviewItemView Of(ReviewItem i, bool masked = false) => new(
        i.Id, i.Kind, i.SubjectId, i.SubjectVersion, i.UserId, i.DivisionCode, i.CandidateName, i.Status, i.SubmittedAt, i.DecidedAt, i.Comment,
        i.CertificateType, masked ? PersonalData.MaskCertificateNumber(i.CertificateNumber) : i.CertificateNumber, i.AttachmentUrls,
        i.ClaimedBy, i.ClaimedBy is null ? null : i.ClaimedByName, i.ClaimedUntil);
}
