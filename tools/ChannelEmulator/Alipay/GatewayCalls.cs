namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>
/// One call to the emulated gateway: read and check the signed request, run the method, answer with a signed JSON node
/// (or, for the certification page method, the page itself).
/// </summary>
public static class GatewayCalls
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, AlipayPlatform platform, CertificationStore certifications, CertifyMethods certify, TradeMethods trades,
        ResponseTampering tampering, AlipayOutage outage)
    {
        if (outage.IsDown)
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        var parameters = await AlipayRequestReader.ReadParametersAsync(http.Request, http.RequestAborted);
        var method = parameters.GetValueOrDefault("method");
        var error = AlipayRequestReader.TryRead(parameters, platform, out var call);

        if (method == AlipayMethods.CertifyPage)
            return CertifyPageResult(error, call, certifications);

        var reply = error ?? call!.Method switch
        {
            AlipayMethods.CertifyInitialize => certify.Initialize(call),
            AlipayMethods.CertifyQuery => certify.Query(call),
            AlipayMethods.TradePrecreate => trades.Precreate(call),
            AlipayMethods.TradeQuery => trades.Query(call),
            AlipayMethods.TradeClose => trades.Close(call),
            AlipayMethods.TradeRefund => trades.Refund(call),
            _ => AlipayReply.InvalidArguments("isv.invalid-method", "不存在的方法名"),
        };
        var json = tampering.Apply(method ?? "", AlipayReplyWriter.Write(AlipayMethods.ResponseKey(method), reply, platform));
        return Results.Text(json, "application/json; charset=utf-8");
    }

    private static IResult CertifyPageResult(AlipayReply? error, AlipayCall? call, CertificationStore certifications)
    {
        Certification? certification = null;
        if (error is null)
        {
            var certifyId = BizContent.GetString(call!.Biz, "certify_id");
            certification = certifyId is null ? null : certifications.Find(certifyId);
            if (certifyId is null)
                error = AlipayReply.MissingParameter("certify_id");
            else if (certification is null || certification.AppId != call.AppId)
                error = AlipayReply.BusinessFailed("CERTIFY_ID_NOT_EXIST", "认证单据不存在");
        }
        return error is null
            ? Results.Content(CertifyPage.Render(certification!), "text/html; charset=utf-8")
            : Results.Content(CertifyPage.RenderError(error), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }
}
