using AccountingPlatform.ServiceDefaults.Paging;
using AccountingPlatform.ServiceDefaults.Validation;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// What an administrator asks of an exam's enrollments in one province: a status, one person (an exact 报名号 or
/// certificate number), where the last page ended, how many rows. Parsed in one place; a bad value is a field error.
/// </summary>
public sealed record AdminEnrollmentFilter(string ProvinceCode, EnrollmentStatus? Status, string? EnrollmentNumber, string? CertificateNumber,
    EnrollmentListCursor? After, int PageSize)
{
    public const string ErrorCode = "ENROLLMENT_LIST_FILTER_INVALID";

    public static (AdminEnrollmentFilter? Filter, Dictionary<string, string[]>? Errors) Parse(string? province, string? status, string? q, string? after, int pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (province is not { Length: 6 } || !province.All(char.IsAsciiDigit) || !province.EndsWith("0000", StringComparison.Ordinal))
            errors["province"] = ["请指定省级行政区划代码（6位，如110000）"];
        EnrollmentStatus? parsedStatus = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (ClientEnums.TryParse<EnrollmentStatus>(status, out var named)) parsedStatus = named;
            else errors["status"] = [ClientEnums.Error(typeof(EnrollmentStatus))];
        }
        var person = q?.Trim();
        if (person is { Length: > 40 }) errors["q"] = ["请输入完整的报名号或证件号码"];
        EnrollmentListCursor? cursor = null;
        if (!string.IsNullOrEmpty(after) && (cursor = EnrollmentListCursor.Parse(after)) is null) errors["after"] = ["翻页位置无效，请从第一页重新查看"];
        if (Paging.Validate(1, pageSize) is { } paging) foreach (var (field, messages) in paging) errors[field] = messages;
        if (errors.Count > 0) return (null, errors);
        var isEnrollmentNumber = IsEnrollmentNumber(person);
        return (new AdminEnrollmentFilter(province!, parsedStatus,
            isEnrollmentNumber ? person : null, string.IsNullOrEmpty(person) || isEnrollmentNumber ? null : person.ToUpperInvariant(), cursor, pageSize), null);
    }

    /// <summary>
    /// 报名号: year (20xx), province (2), sequence (6 or more) — see <see cref="EnrollmentNumbers"/>; no certificate number
    /// has that shape (a resident ID starts with a province code, and none is 20).
    /// </summary>
    private static bool IsEnrollmentNumber(string? value) =>
        value is { Length: >= 12 } && value.StartsWith("20", StringComparison.Ordinal) && value.All(char.IsAsciiDigit);
}
