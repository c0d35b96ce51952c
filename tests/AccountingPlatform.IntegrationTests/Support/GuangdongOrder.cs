namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>A candidate's enrollment in 广东 and the Alipay order (QR code) made for it.</summary>
public sealed record GuangdongOrder(Candidate Candidate, Guid EnrollmentId, long AmountFen, Guid OrderId, string OutTradeNo) : IDisposable
{
    public void Dispose() => Candidate.Dispose();
}
