using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// A payment order as its candidate sees it: the code's raw URL, its image (<c>qrCodeImage</c>), when it expires, and
/// the contact the receipt goes to (the phone masked).
/// </summary>
public sealed record OrderView(Guid Id, string OutTradeNo, Guid EnrollmentId, PaymentChannel Channel, long AmountFen, string Currency,
    PaymentOrderStatus Status, string? QrCode, string? QrCodeImage, DateTimeOffset ExpiresAt, DateTimeOffset? PaidAt, DateTimeOffset? RefundedAt,
    string? ContactPhone, string? ContactEmail)
{
    public static OrderView Of(PaymentOrder o) =>
        new(o.Id, o.OutTradeNo, o.EnrollmentId, o.Channel, o.AmountFen, "CNY", o.Status, o.QrCode,
            o.QrCode is null ? null : $"/api/payment/me/orders/{o.Id}/qr.png", o.ExpiresAt, o.PaidAt, o.RefundedAt,
            o.ContactPhone is null ? null : PersonalData.MaskPhone(o.ContactPhone), o.ContactEmail);
}
