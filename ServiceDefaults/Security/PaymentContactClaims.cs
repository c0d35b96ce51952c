namespace AccountingPlatform.ServiceDefaults.Security;

/// <summary>
/// The payment-contact token: Identity issues it once a candidate has proved a phone by SMS code and given an e-mail
/// address before paying; Payment reads it (<see cref="PaymentContactTokenReader"/>) and keeps both on the order for the
/// receipt. Its own audience, so it is never taken for an access token nor an access token for it.
/// </summary>
public static class PaymentContactClaims
{
    public const string Audience = "accounting-platform-payment-contact";
    /// <summary>The verified mainland mobile number.</summary>
    public const string Phone = "phone";
    /// <summary>The e-mail address the candidate gave.</summary>
    public const string Email = "email";
    /// <summary>How long a token may be used to start paying after the phone was verified.</summary>
    public const int LifetimeMinutes = 30;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(LifetimeMinutes);
}
