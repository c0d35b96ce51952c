namespace AccountingPlatform.Payment.Orders;

public sealed record CreateOrderRequest(Guid? EnrollmentId, PaymentChannel? Channel);
