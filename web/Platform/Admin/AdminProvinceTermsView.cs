namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>One province's terms for an exam as the edit form needs them: window, deadline, fee (fen), linked, notice (with its version) and commitment.</summary>
public sealed record AdminProvinceTermsView(string ProvinceCode, string ProvinceName, DateTimeOffset WindowOpensAt, DateTimeOffset WindowClosesAt,
    DateTimeOffset PaymentDeadline, long FeePerSubjectFen, bool LinkedToPersonnelRegistry, string NoticeText, int NoticeVersion, string CommitmentText);
