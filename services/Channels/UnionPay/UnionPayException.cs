namespace AccountingPlatform.Channels.UnionPay;

/// <summary>A verified UnionPay answer whose <c>respCode</c> is not <c>00</c>.</summary>
public sealed class UnionPayException : Exception
{
    public UnionPayException()
        : this("", "")
    {
    }

    public UnionPayException(string message)
        : this("", message)
    {
    }

    public UnionPayException(string message, Exception innerException)
        : base(message, innerException)
    {
        RespCode = "";
        RespMsg = message;
    }

    public UnionPayException(string respCode, string respMsg)
        : base($"UnionPay answered respCode {respCode}: {respMsg}")
    {
        RespCode = respCode;
        RespMsg = respMsg;
    }

    public string RespCode { get; }

    public string RespMsg { get; }

    /// <summary>03, 04, 05: UnionPay does not know the outcome yet; query later rather than take it as a failure.</summary>
    public bool IsPending => UnionPayProtocol.IsPending(RespCode);
}
