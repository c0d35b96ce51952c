using AccountingPlatform.ServiceDefaults.Validation;
namespace AccountingPlatform.Identity.Accounts;

/// <summary>Checks a registration form field by field; an empty result means it may proceed.</summary>
public static class RegistrationValidator
{
    public static Dictionary<string, string[]> Validate(RegistrationRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.CertificateType is null)
            errors["certificateType"] = ["请选择证件类型"];
        if (string.IsNullOrWhiteSpace(r.CertificateNumber))
            errors["certificateNumber"] = ["请输入证件号码"];
        else if (r.CertificateType is { } type && !CertificateNumberRules.IsValid(type, CertificateNumbers.Normalize(r.CertificateNumber), today))
            errors["certificateNumber"] = [type == CertificateType.ResidentIdCard ? "居民身份证号码不正确" : "证件号码格式不正确"];
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length is < 2 or > 50)
            errors["name"] = ["请输入与证件一致的姓名（2至50个字符）"];
        if (!PhoneNumber.IsValid(r.Phone))
            errors["phone"] = ["请输入正确的11位手机号码"];
        if (string.IsNullOrEmpty(r.Password))
            errors["password"] = ["请输入密码"];
        else if (PasswordPolicy.Check(r.Password, r.Phone ?? "", r.CertificateNumber?.Trim()) is { } problem)
            errors["password"] = [problem];
        if (r.Password != r.ConfirmPassword)
            errors["confirmPassword"] = ["两次输入的密码不一致"];
        if (r.SmsCode is not { Length: 6 } || !r.SmsCode.All(char.IsAsciiDigit))
            errors["smsCode"] = ["请输入6位短信验证码"];
        return errors;
    }
}
