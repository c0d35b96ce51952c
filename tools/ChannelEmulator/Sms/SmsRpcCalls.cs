namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary>One RPC call to the emulated dysmsapi: gather the query and form parameters, verify the signature, send.</summary>
public static class SmsRpcCalls
{
    public static async Task<IResult> HandleAsync(HttpContext http, SmsRequestVerifier verifier, SendSmsAction sendSms)
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
