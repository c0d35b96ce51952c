namespace AccountingPlatform.Web.Platform.Record;

/// <summary>The Chinese names of the personnel record's enum values, as the seed guide calls them (presentation only).</summary>
public static class RecordLabels
{
    public static readonly IReadOnlyList<(string Value, string Text)> CollectionScopes =
    [
        ("AccountingPersonnel", "（一）会计人员"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> TrainingModes =
    [
        ("FullTime", "全日制"),
        ("PartTime", "非全日制"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> EducationLevels =
    [
        ("HighSchool", "高中"),
        ("Secondary", "中专"),
        ("JuniorCollege", "大学专科"),
        ("Bachelor", "大学本科"),
        ("Master", "硕士研究生"),
        ("Doctor", "博士研究生"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> Degrees =
    [
        ("None", "无"),
        ("Bachelor", "学士"),
        ("Master", "硕士"),
        ("Doctor", "博士"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> EmployerTypes =
    [
        ("Enterprise", "企业"),
        ("GovernmentAgency", "机关"),
        ("PublicInstitution", "事业单位"),
        ("SocialOrganization", "社会团体"),
        ("Other", "其他"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> Genders =
    [
        ("Male", "男"),
        ("Female", "女"),
    ];

    /// <summary>Why a department away from the current employer was chosen (the API's <c>DepartmentReason</c>).</summary>
    public static readonly IReadOnlyList<(string Value, string Text)> DepartmentReasons =
        [("HouseholdRegistration", "户籍所在地"), ("Residence", "居住地"), ("ActualWorkplace", "实际工作地与单位登记地不同（如分支机构）")];

    public static string Of(IReadOnlyList<(string Value, string Text)> labels, string? value) =>
        value is null ? "" : labels.FirstOrDefault(l => l.Value == value).Text ?? value;

    public static string CertificateType(string value) => Of(CertificateTypes.All, value);

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
