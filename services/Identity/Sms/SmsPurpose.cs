namespace AccountingPlatform.Identity.Sms;

/// <summary>What an SMS code may be used for; a code sent for one purpose does not work for another.</summary>
public enum SmsPurpose
{
    Register,
    ResetPassword,
    /// <summary>The phone a signed-in candidate gives before paying (any phone, with or without an account).</summary>
    PaymentContact,
}
