namespace AccountingPlatform.ServiceDefaults.Words;

/// <summary>
/// The Chinese names of the personnel record's values, as the seed guide calls them: what the portal offers and shows,
/// and what a reviewer reads in the record's snapshot (PersonnelRecord writes it in these words).
/// </summary>
public static class RecordWords
{
    public static readonly IReadOnlyList<(string Value, string Text)> CertificateTypes =
    [
        ("ResidentIdCard", "居民身份证"),
        ("HongKongMacaoPass", "港澳居民来往内地通行证"),
        ("TaiwanPass", "台湾居民来往大陆通行证"),
        ("Passport", "护照"),
        ("ForeignPermanentResidentCard", "外国人永久居留身份证"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> CollectionScopes = [("AccountingPersonnel", "（一）会计人员")];

    public static readonly IReadOnlyList<(string Value, string Text)> TrainingModes = [("FullTime", "全日制"), ("PartTime", "非全日制")];

    public static readonly IReadOnlyList<(string Value, string Text)> EducationLevels =
    [
        ("HighSchool", "高中"), ("Secondary", "中专"), ("JuniorCollege", "大学专科"), ("Bachelor", "大学本科"), ("Master", "硕士研究生"),
        ("Doctor", "博士研究生"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> Degrees = [("None", "无"), ("Bachelor", "学士"), ("Master", "硕士"), ("Doctor", "博士")];

    public static readonly IReadOnlyList<(string Value, string Text)> EmployerTypes =
        [("Enterprise", "企业"), ("GovernmentAgency", "机关"), ("PublicInstitution", "事业单位"), ("SocialOrganization", "社会团体"), ("Other", "其他")];

    public static readonly IReadOnlyList<(string Value, string Text)> Genders = [("Male", "男"), ("Female", "女")];

    /// <summary>The name of <paramref name="value"/> in <paramref name="words"/>; the value itself when it has none.</summary>
    public static string Of(IReadOnlyList<(string Value, string Text)> words, string? value) =>
        value is null ? "" : words.FirstOrDefault(l => l.Value == value).Text ?? value;
}
