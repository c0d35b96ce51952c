using System.Globalization;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.Web.Components.Pages.Staff.Admin;

/// <summary>
/// Words and input formats of the administrators' pages: Beijing wall-clock time in <c>datetime-local</c> inputs (read
/// as +08:00), fees typed in 元 and sent in 分, and the APIs' words (levels, roles, audit actions, results-file columns) in Chinese.
/// Nothing here decides what is allowed: the APIs do.
/// </summary>
public static class AdminText
{
    private const string LocalInputPattern = "yyyy-MM-dd'T'HH:mm";

    public static readonly IReadOnlyList<(string Value, string Text)> Levels = [("Intermediate", "中级")];

    public static readonly IReadOnlyList<(string Value, string Text)> Roles = [("reviewer", "审核人员"), ("admin", "管理员")];

    /// <summary>A time as a <c>datetime-local</c> input shows it: Beijing wall-clock time to the minute.</summary>
    public static string LocalInput(DateTimeOffset? time) => time is { } t ? BeijingTime.Format(t, LocalInputPattern) : "";

    /// <summary>What a <c>datetime-local</c> input sent (to the minute, or the second), read as Beijing time; null when it is empty or not a time.</summary>
    public static DateTimeOffset? FromLocalInput(string? text) =>
        BeijingTime.Parse(text?.Trim(), LocalInputPattern) ?? BeijingTime.Parse(text?.Trim(), LocalInputPattern + ":ss");

    /// <summary>Fen as the 元 an administrator types (e.g. 56.00).</summary>
    public static string Yuan(long? fen) => fen is { } f ? (f / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "";

    /// <summary>元 as typed, in fen; null when it is not an amount with at most two decimals (the API then says what is wrong).</summary>
    public static long? Fen(string? yuan)
    {
        if (!decimal.TryParse(yuan?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return null;
        var fen = amount * 100m;
        return fen == decimal.Truncate(fen) && fen <= long.MaxValue ? (long)fen : null;
    }

    public static string Level(string? level) => Levels.FirstOrDefault(l => l.Value == level).Text ?? level ?? "";

    public static string Role(string? role) => Roles.FirstOrDefault(r => r.Value == role).Text ?? role ?? "";

    /// <summary>The column of a results file a line error is in, as the file's header names it, in words.</summary>
    public static string ResultsColumn(string? field) => field switch
    {
        "certificateType" => "证件类型",
        "certificateNumber" => "证件号码",
        "subjectCode" => "科目代码",
        "score" => "成绩",
        "highestEducation" => "最高学历",
        "school" => "毕业学校",
        "major" => "所学专业",
        "graduationDate" => "毕业时间",
        "employer" => "工作单位",
        "mailingAddress" => "通讯地址",
        "postalCode" => "邮政编码",
        "line" => "整行",
        "header" => "表头",
        "file" => "文件",
        _ => field ?? "",
    };

    /// <summary>An exam audit entry's action in words.</summary>
    public static string ChangeAction(string action) => action switch
    {
        "ExamCreated" => "新建考试",
        "ExamUpdated" => "修改考试及科目",
        "ProvinceTermsCreated" => "新增省份报名安排",
        "ProvinceTermsUpdated" => "修改省份报名安排",
        "ResultsImported" => "导入合格成绩",
        "ExamPublished" or "Published" => "发布考试",
        "ExamUnpublished" or "Unpublished" => "取消发布",
        _ => action,
    };

    /// <summary>A date-time in Beijing time, to the minute.</summary>
    public static string Time(DateTimeOffset? time) => time is { } t ? BeijingTime.Format(t) : "";

    /// <summary>A date-time in Beijing time, to the second (the time of live figures).</summary>
    public static string Seconds(DateTimeOffset time) => BeijingTime.Format(time, "yyyy-MM-dd HH:mm:ss");
}
