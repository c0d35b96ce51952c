namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary><c>/sms/</c>: Aliyun dysmsapi's RPC endpoint (GET query or POST form), action <c>SendSms</c>.</summary>
public static class SmsApi
{
    public static IEndpointRouteBuilder MapSmsApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/sms/", [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithTags("Aliyun SMS (emulated)")
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, SmsRequestVerifier verifier, SendSmsAction sendSms)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in http.Request.Query)
            parameters[key] = value.ToString();
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType)
        {
            foreach (var (key, value) in await http.Request.ReadFormAsync(http.RequestAborted))
                parameters[key] = value.ToString();
        }

        var requestId = Guid.NewGuid().ToString("D").ToUpperInvariant();
        if (verifier.Verify(parameters, http.Request.Method) is { } rejected)
            return rejected.ToResult(requestId);

        var (error, body) = sendSms.Send(parameters, requestId);
        return error is not null ? error.ToResult(requestId) : Results.Json(body);
    }
}
