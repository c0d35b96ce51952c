namespace AccountingPlatform.Enrollment.Exams;

/// <summary>报考人员必读事项 (its current version, which an enrollment must name) and 网上报名承诺 of one province.</summary>
public sealed record ExamNoticeView(string ExamCode, string ProvinceCode, string ProvinceName, int NoticeVersion, string NoticeText, string CommitmentText);
