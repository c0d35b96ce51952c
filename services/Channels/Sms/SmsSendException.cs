namespace AccountingPlatform.Channels.Sms;

/// <summary>
/// The SMS provider refused a message. <see cref="Code"/> and <see cref="ProviderMessage"/> are its own
/// <c>Code</c> and <c>Message</c> (e.g. <c>isv.MOBILE_NUMBER_ILLEGAL</c>, <c>非法手机号</c>).
/// </summary>
public sealed class SmsSendException : Exception
{
    public SmsSendException(string code, string providerMessage)
        : base($"The SMS provider refused the message: {code} {providerMessage}")
    {
        Code = code;
        ProviderMessage = providerMessage;
    }

    public string Code { get; }

    public string ProviderMessage { get; }
}
