using AccountingPlatform.RealName.Online;

namespace AccountingPlatform.RealName.Verifications;

public sealed record OnlineApplicationSummary(Guid Id, int Version, OnlineApplicationStatus Status, DateTimeOffset SubmittedAt, string? RejectionReason);
