namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>One province's terms for an exam: its window and where it stands now (Enrollment's word: NotYetOpen, Open, Closed), payment deadline, fee per subject (fen) and notice version.</summary>
public sealed record ExamProvinceView(string ProvinceCode, string ProvinceName, bool LinkedToPersonnelRegistry,
    DateTimeOffset WindowOpensAt, DateTimeOffset WindowClosesAt, DateTimeOffset PaymentDeadline, long FeePerSubjectFen, string Currency, int NoticeVersion, string Window);
