using AccountingPlatform.ServiceDefaults.Words;

namespace AccountingPlatform.Web.Platform.Record;

/// <summary>The portal's words for the record's state (the names of its values are <see cref="RecordWords"/>).</summary>
public static class RecordLabels
{
    /// <summary>Why a department away from the current employer was chosen (the API's <c>DepartmentReason</c>).</summary>
    public static readonly IReadOnlyList<(string Value, string Text)> DepartmentReasons =
        [("HouseholdRegistration", "户籍所在地"), ("Residence", "居住地"), ("ActualWorkplace", "实际工作地与单位登记地不同（如分支机构）")];

    public static string CertificateType(string value) => RecordWords.Of(RecordWords.CertificateTypes, value);

    /// <summary>The record's status in words: 草稿 / 待审核 / 审核通过 / 审核不通过.</summary>
    public static string Status(string? status) => status switch
    {
        "Draft" => "未提交（草稿）",
        "Pending" => "已提交，等待审核",
        "Approved" => "审核通过",
        "Rejected" => "审核不通过",
        _ => "尚未开始采集",
    };

    /// <summary>The CSS class that marks the status (the words above say it too).</summary>
    public static string StatusClass(string? status) => status switch
    {
        "Approved" => "status status-good",
        "Rejected" => "status status-bad",
        "Pending" => "status status-wait",
        _ => "status",
    };

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "至今";

    public static string Time(DateTimeOffset? at) =>
        at is { } t ? t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm") : "";
}
