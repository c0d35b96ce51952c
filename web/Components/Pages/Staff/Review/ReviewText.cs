using AccountingPlatform.Divisions;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.Web.Components.Pages.Staff.Review;

/// <summary>Words for what the Review API answers: kinds, statuses, departments, Beijing times and waiting times.</summary>
public static class ReviewText
{
    public const string PersonnelRecord = "PersonnelRecord";
    public const string RealNameApplication = "RealNameApplication";

    public static readonly IReadOnlyList<(string Value, string Text)> Kinds =
        [(PersonnelRecord, "会计人员信息采集"), (RealNameApplication, "线上实名认证申请")];

    public static readonly IReadOnlyList<(string Value, string Text)> Statuses =
        [("Pending", "待审核"), ("Approved", "审核通过"), ("Rejected", "审核不通过"), ("Superseded", "已被新版本取代")];

    public static string Kind(string? kind) => Kinds.FirstOrDefault(k => k.Value == kind).Text ?? kind ?? "";

    public static string Status(string? status) => Statuses.FirstOrDefault(s => s.Value == status).Text ?? status ?? "";

    /// <summary>The CSS class that goes with a status, always beside the status in words.</summary>
    public static string StatusClass(string? status) => status switch
    {
        "Approved" => "status status-good",
        "Pending" => "status status-wait",
        _ => "status status-bad",
    };

    public static string Time(DateTimeOffset instant) => BeijingTime.Format(instant);

    public static string Department(string divisionCode) =>
        DivisionTree.Instance.Find(divisionCode) is null ? divisionCode : DivisionTree.Instance.FullName(divisionCode);

    /// <summary>"2 小时 5 分" for a number of minutes; "—" when there is none.</summary>
    public static string Duration(double? minutes)
    {
        if (minutes is not { } m) return "—";
        var whole = (long)Math.Round(m);
        return whole < 60 ? $"{whole} 分" : whole < 60 * 24 ? $"{whole / 60} 小时 {whole % 60} 分" : $"{whole / (60 * 24)} 天 {whole / 60 % 24} 小时";
    }
}
