using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AccountingPlatform.Enrollment.Enrollments;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// What a results file may say of the person besides the subject passed: the enrollment information the exam office
/// kept (最高学历, 毕业学校, 所学专业, 毕业时间, 工作单位, 通讯地址, 邮政编码), in optional columns after the score, any of
/// them empty. A returning candidate known only from imported results finds it prefilled (the work years are not kept:
/// they change every year, the candidate fills them).
/// </summary>
public static class HolderColumns
{
    public const string Header = "highestEducation,school,major,graduationDate,employer,mailingAddress,postalCode";
    public const int Count = 7;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The form the cells say, or null when they are all empty; each bad cell adds a reason, with its column.</summary>
    public static EnrollmentForm? Read(string[] cells, List<(string Field, string Message)> reasons)
    {
        if (cells.All(c => c.Length == 0)) return null;
        var (education, school, major, graduated, employer, address, postal) = (cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);
        var level = Enum.GetValues<EducationLevel>().Select(l => (EducationLevel?)l)
            .FirstOrDefault(l => education == l.ToString() || education == IntermediateEligibility.Name(l!.Value));
        if (education.Length > 0 && level is null) reasons.Add(("highestEducation", $"最高学历{education}无效"));
        DateOnly? graduation = DateOnly.TryParseExact(graduated, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        if (graduated.Length > 0 && graduation is null) reasons.Add(("graduationDate", "毕业时间须为yyyy-MM-dd"));
        Text(school, "school", "毕业学校", EnrollmentFormRules.SchoolMaxLength, reasons);
        Text(major, "major", "所学专业", EnrollmentFormRules.MajorMaxLength, reasons);
        Text(employer, "employer", "工作单位", EnrollmentFormRules.EmployerMaxLength, reasons);
        Text(address, "mailingAddress", "通讯地址", EnrollmentFormRules.MailingAddressMaxLength, reasons);
        if (postal.Length > 0 && !EnrollmentFormRules.IsPostalCode(postal)) reasons.Add(("postalCode", "邮政编码须为6位数字"));
        return new EnrollmentForm(level, Value(school), Value(major), graduation, AccountingWorkYears: null, Value(employer), Value(address), Value(postal));
    }

    public static string? ToJson(EnrollmentForm? form) => form is null ? null : JsonSerializer.Serialize(form, Json);

    public static EnrollmentForm? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<EnrollmentForm>(json, Json);

    private static void Text(string value, string field, string label, int max, List<(string Field, string Message)> reasons)
    {
        if (value.Length > max) reasons.Add((field, $"{label}不能超过{max}个字"));
    }

    private static string? Value(string cell) => cell.Length == 0 ? null : cell;
}
