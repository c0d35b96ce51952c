using AccountingPlatform.ServiceDefaults.Validation;

namespace AccountingPlatform.Identity.PaymentContacts;

/// <summary>Checks the pre-pay contact form field by field; an empty result means the SMS code may be tried.</summary>
public static class PaymentContactRules
{
    public static Dictionary<string, string[]> Validate(PaymentContactRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!PhoneNumber.IsValid(request.Phone)) errors["phone"] = ["请输入正确的11位手机号码"];
        if (request.SmsCode is not { Length: 6 } || !request.SmsCode.All(char.IsAsciiDigit)) errors["smsCode"] = ["请输入6位短信验证码"];
        if (!EmailAddress.IsValid(request.Email)) errors["email"] = ["请输入正确的电子邮箱（不超过100个字符），缴费凭证将发送至该邮箱"];
        return errors;
    }
}
