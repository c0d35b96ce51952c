namespace AccountingPlatform.Identity.PaymentContacts;

/// <summary>Before paying: the phone to notify, the SMS code sent to it (purpose PaymentContact), and an e-mail address.</summary>
public sealed record PaymentContactRequest(string? Phone, string? SmsCode, string? Email);
