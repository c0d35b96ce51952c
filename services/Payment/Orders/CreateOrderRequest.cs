namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// <paramref name="ContactToken"/>: what Identity issued for the pre-pay step (phone + SMS code + e-mail,
/// <c>POST /api/identity/me/payment-contacts</c>); needed for the enrollment's first order, optional after that.
/// </summary>
public sealed record CreateOrderRequest(Guid? EnrollmentId, PaymentChannel? Channel, string? ContactToken);
