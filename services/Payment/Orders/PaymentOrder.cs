namespace AccountingPlatform.Payment.Orders;

/// <summary>One payment attempt of an enrollment on one channel, with the QR code the candidate scans.</summary>
public sealed class PaymentOrder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EnrollmentId { get; init; }
    public Guid UserId { get; init; }
    public PaymentChannel Channel { get; init; }
    public required string OutTradeNo { get; init; }
    public long AmountFen { get; init; }
    public string? QrCode { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public PaymentOrderStatus Status { get; set; }
    public string? ChannelTradeNo { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public uint RowVersion { get; set; }
}
