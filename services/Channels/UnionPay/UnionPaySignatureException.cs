namespace AccountingPlatform.Channels.UnionPay;

/// <summary>A UnionPay answer or notification whose signature is missing or does not verify.</summary>
public sealed class UnionPaySignatureException : Exception
{
    public UnionPaySignatureException()
        : base("The UnionPay signature is missing or does not verify.")
    {
    }

    public UnionPaySignatureException(string message)
        : base(message)
    {
    }

    public UnionPaySignatureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
