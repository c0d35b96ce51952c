namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>
/// <c>/alipay/gateway.do</c>: the open-platform gateway. POST (form) for API calls, GET (query) for page methods.
/// Like Alipay it answers HTTP 200 with a signed JSON node even for errors.
/// </summary>
public static class AlipayGatewayApi
{
    public static IEndpointRouteBuilder MapAlipayGatewayApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/alipay/gateway.do", [HttpMethods.Get, HttpMethods.Post], (HttpContext http, AlipayPlatform platform,
                CertificationStore certifications, CertifyMethods certify, TradeMethods trades, ResponseTampering tampering, AlipayOutage outage) =>
                GatewayCalls.HandleAsync(http, platform, certifications, certify, trades, tampering, outage))
            .WithTags("Alipay gateway (emulated)")
            .ExcludeFromDescription();
        return app;
    }
}
