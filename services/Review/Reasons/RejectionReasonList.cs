using AccountingPlatform.Contracts;

namespace AccountingPlatform.Review.Reasons;

/// <summary>The common rejection reasons for one kind of item.</summary>
public sealed record RejectionReasonList(ReviewItemKind Kind, IReadOnlyList<string> Reasons);
