using AccountingPlatform.Payment.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// The pre-pay step as Payment sees it (SPEC §6: phone + SMS code + e-mail, then submit): Identity checked the code and
/// signed the contact; a valid token is kept on the enrollment, so a renewed code needs no second SMS, and every new
/// order copies it for its receipt. An enrollment without one gets no order.
/// </summary>
public static class PaymentContacts
{
    /// <summary>The contact for a new order, or the problem to answer.</summary>
    public static async Task<(PaymentContact? Contact, ProblemHttpResult? Problem)> ResolveAsync(
        string? token, PayableEnrollment payable, PaymentDbContext db, PaymentContactTokenReader reader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return payable is { ContactPhone: { } phone, ContactEmail: { } email }
                ? (new PaymentContact(phone, email), null)
                : (null, ApiProblem.BadRequest("PAYMENT_CONTACT_REQUIRED", "缴费前请先验证手机号码并填写电子邮箱"));
        }
        if (await reader.ReadAsync(token, payable.UserId, cancellationToken) is not { } contact)
            return (null, ApiProblem.BadRequest("PAYMENT_CONTACT_INVALID", "手机号码验证已失效，请重新获取短信验证码"));

        await db.Payables.Where(p => p.EnrollmentId == payable.EnrollmentId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ContactPhone, contact.Phone).SetProperty(p => p.ContactEmail, contact.Email), cancellationToken);
        return (contact, null);
    }
}
