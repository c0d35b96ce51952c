namespace AccountingPlatform.Channels.Alipay;

/// <summary>An Alipay response or notification whose signature is missing or does not verify.</summary>
public sealed class AlipaySignatureException : Exception
{
    public AlipaySignatureException()
        : base("The Alipay signature is missing or does not verify.")
    {
    }

    public AlipaySignatureException(string message)
        : base(message)
    {
    }

    public AlipaySignatureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
