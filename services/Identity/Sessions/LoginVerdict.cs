namespace AccountingPlatform.Identity.Sessions;

/// <summary>What a login attempt comes to (<see cref="LoginDecision"/>).</summary>
public enum LoginVerdict
{
    /// <summary>Two certificates of different types share the number: the candidate chooses the type.</summary>
    CertificateTypeRequired,
    /// <summary>Locked from this address and no SMS code came: 423 with the lock's end.</summary>
    Locked,
    /// <summary>The account asks for an SMS code and none came.</summary>
    SmsCodeRequired,
    /// <summary>The SMS code the account asked for is wrong or spent.</summary>
    SmsCodeInvalid,
    /// <summary>Nothing stands before the password: it is to be checked.</summary>
    PasswordNeeded,
    /// <summary>Unknown account or wrong password: a failure is counted when the account exists.</summary>
    WrongPassword,
    /// <summary>The right password, but an administrator disabled the account: no session.</summary>
    Disabled,
    /// <summary>A session starts.</summary>
    Succeeded,
}
