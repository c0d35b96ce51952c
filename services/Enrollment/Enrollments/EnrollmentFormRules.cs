using System.Text.RegularExpressions;
using AccountingPlatform.ServiceDefaults.Validation;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>Field rules of the contact and the enrollment form; each broken rule is one field error in Chinese.</summary>
public static partial class EnrollmentFormRules
{
    public const int SchoolMaxLength = 100, MajorMaxLength = 50, EmployerMaxLength = 100, MailingAddressMaxLength = 200;

    public static void CheckContact(EnrollmentContact? contact, Dictionary<string, string[]> errors)
    {
        if (!PhoneNumber.IsValid(contact?.MobilePhone))
            errors["contact.mobilePhone"] = ["请填写正确的手机号码（11位），报名成功后将以短信通知"];
        if (!EmailAddress.IsValid(contact?.Email))
            errors["contact.email"] = ["请填写正确的电子邮箱，报名成功后将以邮件通知"];
    }

    public static void CheckForm(EnrollmentForm? form, DateOnly today, Dictionary<string, string[]> errors)
    {
        if (form is null)
        {
            errors["form"] = ["请填写报名信息（学历、专业、毕业时间、会计工作年限、工作单位、通讯地址）"];
            return;
        }
        if (form.HighestEducation is null) errors["form.highestEducation"] = ["请选择最高学历（学位）"];
        Text(form.School, "form.school", "毕业学校", SchoolMaxLength, errors);
        Text(form.Major, "form.major", "所学专业", MajorMaxLength, errors);
        if (form.GraduationDate is not { } graduated || graduated > today || graduated.Year < 1950)
            errors["form.graduationDate"] = ["请填写正确的毕业时间（不晚于今天）"];
        if (form.AccountingWorkYears is not (>= 0 and <= 60)) errors["form.accountingWorkYears"] = ["会计工作年限须为0至60之间的整数"];
        Text(form.Employer, "form.employer", "工作单位", EmployerMaxLength, errors);
        Text(form.MailingAddress, "form.mailingAddress", "通讯地址", MailingAddressMaxLength, errors);
        if (!IsPostalCode(form.PostalCode)) errors["form.postalCode"] = ["请填写6位邮政编码"];
    }

    public static bool IsPostalCode(string? value) => value is not null && PostalCode().IsMatch(value);

    private static void Text(string? value, string field, string label, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [$"请填写{label}"];
        else if (value.Length > max) errors[field] = [$"{label}不能超过{max}个字"];
    }

    [GeneratedRegex(@"^[0-9]{6}$")]
    private static partial Regex PostalCode();
}
