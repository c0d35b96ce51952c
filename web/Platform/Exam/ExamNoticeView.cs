namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>报考人员必读事项 (with the version an enrollment names) and 网上报名承诺 of one province.</summary>
public sealed record ExamNoticeView(string ExamCode, string ProvinceCode, string ProvinceName, int NoticeVersion, string NoticeText, string CommitmentText);
