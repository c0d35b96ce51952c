namespace AccountingPlatform.ServiceDefaults.Security;

/// <summary>The phone (verified by SMS code) and e-mail address a candidate gave before paying, from a payment-contact token.</summary>
public sealed record PaymentContact(string Phone, string Email);
