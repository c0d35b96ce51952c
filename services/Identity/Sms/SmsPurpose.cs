namespace AccountingPlatform.Identity.Sms;

/// <summary>What an SMS code may be used for; a code sent for one purpose does not work for another.</summary>
public enum SmsPurpose
{
    Register,
    ResetPassword,
    /// <summary>The phone a signed-in candidate gives before paying (any phone, with or without an account).</summary>
    PaymentContact,
    /// <summary>
    /// With the password, lets the owner in when wrong passwords have locked the account from their address or made it
    /// ask for a code (<c>Accounts/LoginLockout</c>); bound to the client address that asked for it.
    /// </summary>
    Login,
}
