namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary><c>/sms/</c>: Aliyun dysmsapi's RPC endpoint (GET query or POST form), action <c>SendSms</c>.</summary>
public static class SmsApi
{
    public static IEndpointRouteBuilder MapSmsApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/sms/", [HttpMethods.Get, HttpMethods.Post], (HttpContext http, SmsRequestVerifier verifier, SendSmsAction sendSms) =>
                SmsRpcCalls.HandleAsync(http, verifier, sendSms))
            .WithTags("Aliyun SMS (emulated)")
            .ExcludeFromDescription();
        return app;
    }
}
