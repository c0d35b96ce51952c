namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>
/// An outage of the whole Alipay gateway for tests: while it lasts every call to <c>/alipay/gateway.do</c> answers
/// HTTP 503 without a body, as a load balancer in front of a failing gateway would.
/// </summary>
public sealed class AlipayOutage
{
    private volatile bool _down;

    public bool IsDown => _down;

    public void Begin() => _down = true;

    public void End() => _down = false;
}
