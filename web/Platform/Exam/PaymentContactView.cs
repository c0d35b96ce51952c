namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>Identity's answer to the pre-pay contact step: a short-lived contact token for the payment order (not a session token).</summary>
public sealed record PaymentContactView(string ContactToken, DateTimeOffset ExpiresAt, string Phone, string Email);
