using System.Globalization;

namespace AccountingPlatform.Web.Components.Pages.Exam;

/// <summary>Words for what the enrollment and payment APIs answer: statuses, kinds, education levels, money and Beijing time.</summary>
public static class ExamText
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static readonly IReadOnlyList<(string Value, string Text)> EducationLevels =
    [
        ("JuniorCollege", "大学专科"), ("Bachelor", "大学本科"), ("SecondBachelor", "第二学士学位"),
        ("GraduateClass", "研究生班"), ("Master", "硕士"), ("Doctor", "博士"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> Channels =
        [("Alipay", "支付宝"), ("WeChatPay", "微信支付"), ("UnionPay", "云闪付（银联）")];

    public static string Time(DateTimeOffset time) => time.ToOffset(Beijing).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Money(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture) + " 元";

    public static string Kind(string? kind) => kind switch
    {
        "New" => "新考生（未连接会计人员库的省份，直接填写报名信息）",
        "Returning" => "老考生（报名信息已按以往报名预填，有效期内的合格科目沿用）",
        "Linked" => "连接会计人员库的省份（以审核通过的会计人员信息报名）",
        _ => kind ?? "",
    };

    public static string Status(string? status) => status switch
    {
        "AwaitingPayment" => "待缴费",
        "Confirmed" => "报名成功",
        "Cancelled" => "已取消",
        "Expired" => "已过期（未缴费）",
        "Withdrawn" => "已撤销，退款中",
        "Refunded" => "已撤销，已退款",
        _ => status ?? "",
    };

    /// <summary>The CSS class that goes with a status, always next to the status in words.</summary>
    public static string StatusClass(string? status) => status switch
    {
        "Confirmed" => "status status-good",
        "AwaitingPayment" or "Withdrawn" => "status status-wait",
        _ => "status status-bad",
    };

    public static string Channel(string? channel) => Channels.FirstOrDefault(c => c.Value == channel).Text ?? channel ?? "";

    public static string OrderStatus(string? status) => status switch
    {
        "Pending" => "待支付",
        "Paid" => "已支付",
        "Closed" => "已关闭（二维码过期或已更换）",
        "RefundRequired" => "退款处理中",
        "Refunded" => "已退款",
        _ => status ?? "",
    };

    public static string Education(string? level) => EducationLevels.FirstOrDefault(e => e.Value == level).Text ?? level ?? "";

    /// <summary>Where a province's window stands, as Enrollment says, in words.</summary>
    public static string Window(string? window) => window switch
    {
        "NotYetOpen" => "尚未开始",
        "Open" => "报名中",
        "Closed" => "已结束",
        _ => window ?? "",
    };
}
