namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>A candidate's enrollment in 广东 and the Alipay order (QR code) made for it.</summary>
public sealed record GuangdongOrder(Candidate Candidate, Guid EnrollmentId, long AmountFen, Guid OrderId, string OutTradeNo) : IDisposable
{
    /// <summary>The number Payment gives the order's refund at the channel: R and the order's number without its first character.</summary>
    public string RefundNo => "R" + OutTradeNo[1..];

    public void Dispose() => Candidate.Dispose();
}
