namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>A payment order: its trade number, channel, amount, status, the code's raw URL and its image path, and when the code expires.</summary>
public sealed record PaymentOrderView(Guid Id, string OutTradeNo, Guid EnrollmentId, string Channel, long AmountFen, string Currency, string Status,
    string? QrCode, string? QrCodeImage, DateTimeOffset ExpiresAt, DateTimeOffset? PaidAt, DateTimeOffset? RefundedAt, string? ContactPhone, string? ContactEmail);
