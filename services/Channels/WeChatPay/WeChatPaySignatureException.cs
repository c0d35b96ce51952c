namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>An answer or callback that does not prove it comes from WeChat Pay: unsigned, wrong serial, stale, bad signature, or a resource that does not decrypt.</summary>
public sealed class WeChatPaySignatureException : Exception
{
    public WeChatPaySignatureException()
        : base("The WeChat Pay signature is missing or does not verify.")
    {
    }

    public WeChatPaySignatureException(string message)
        : base(message)
    {
    }

    public WeChatPaySignatureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
