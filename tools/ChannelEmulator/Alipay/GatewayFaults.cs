using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>Faults a test makes the emulated gateway show: a tampered signature on the next answer, an outage.</summary>
public static class GatewayFaults
{
    public static NoContent TamperNext(string method, ResponseTampering tampering)
    {
        tampering.TamperNext(method);
        return TypedResults.NoContent();
    }

    public static NoContent BeginOutage(AlipayOutage outage)
    {
        outage.Begin();
        return TypedResults.NoContent();
    }

    public static NoContent EndOutage(AlipayOutage outage)
    {
        outage.End();
        return TypedResults.NoContent();
    }
}
