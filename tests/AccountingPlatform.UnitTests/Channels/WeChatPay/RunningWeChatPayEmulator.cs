using System.Collections.Concurrent;
using AccountingPlatform.ChannelEmulator.WeChatPay;
using AccountingPlatform.Channels.WeChatPay;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.UnitTests.Channels.WeChatPay;

/// <summary>
/// The emulated WeChat Pay and a merchant's callback endpoint on one Kestrel at a free loopback port. The endpoint
/// reads callbacks with the real <see cref="WeChatPayNotificationReader"/>; it refuses the first one it gets (HTTP 500)
/// to make the emulator retry.
/// </summary>
internal sealed class RunningWeChatPayEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _callbacks;

    private RunningWeChatPayEmulator(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string NotifyUrl => BaseUrl + "/merchant/wechatpay/notify";

    /// <summary>Callbacks the merchant endpoint accepted, verified and decrypted.</summary>
    public ConcurrentQueue<WeChatPayPaymentNotification> Received { get; } = new();

    public WeChatPayOptions MerchantOptions => new()
    {
        BaseUrl = BaseUrl,
        MchId = WeChatPayTestKeys.MchId,
        AppId = WeChatPayTestKeys.AppId,
        MerchantSerialNo = WeChatPayTestKeys.MerchantSerialNo,
        MerchantPrivateKey = WeChatPayTestKeys.MerchantPrivateKey,
        PlatformSerialNo = WeChatPayTestKeys.PlatformSerialNo,
        PlatformPublicKey = WeChatPayTestKeys.PlatformPublicKey,
        ApiV3Key = WeChatPayTestKeys.ApiV3Key,
        NotifyUrl = NotifyUrl,
    };

    public WeChatPayClient Client(HttpClient http) => new(http, Options.Create(MerchantOptions), TimeProvider.System);

    public static async Task<RunningWeChatPayEmulator> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Emulator:WeChatPay:PlatformPrivateKey"] = WeChatPayTestKeys.PlatformPrivateKey,
            ["Emulator:WeChatPay:PlatformSerialNo"] = WeChatPayTestKeys.PlatformSerialNo,
            ["Emulator:WeChatPay:Merchants:0:MchId"] = WeChatPayTestKeys.MchId,
            ["Emulator:WeChatPay:Merchants:0:AppId"] = WeChatPayTestKeys.AppId,
            ["Emulator:WeChatPay:Merchants:0:MerchantSerialNo"] = WeChatPayTestKeys.MerchantSerialNo,
            ["Emulator:WeChatPay:Merchants:0:MerchantPublicKey"] = WeChatPayTestKeys.MerchantPublicKey,
            ["Emulator:WeChatPay:Merchants:0:ApiV3Key"] = WeChatPayTestKeys.ApiV3Key,
            ["Emulator:WeChatPay:NotifyRetryDelaysSeconds:0"] = "0",
            ["Emulator:WeChatPay:NotifyRetryDelaysSeconds:1"] = "1",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.AddWeChatPayEmulator();
        var app = builder.Build();
        app.MapWeChatPayApi();
        app.MapWeChatPayControlApi();

        RunningWeChatPayEmulator? running = null;
        app.MapPost("/merchant/wechatpay/notify", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            if (Interlocked.Increment(ref running!._callbacks) == 1)
                return Results.Json(new { code = "FAIL", message = "busy" }, statusCode: StatusCodes.Status500InternalServerError);
            try
            {
                var notification = new WeChatPayNotificationReader(Options.Create(running.MerchantOptions), TimeProvider.System)
                    .Read(WeChatPaySignedHeaders.From(http.Request.Headers), body);
                running.Received.Enqueue(notification);
                return Results.NoContent();
            }
            catch (WeChatPaySignatureException ex)
            {
                return Results.Json(new { code = "FAIL", message = ex.Message }, statusCode: StatusCodes.Status401Unauthorized);
            }
        });

        await app.StartAsync();
        running = new RunningWeChatPayEmulator(app, app.Urls.First().TrimEnd('/'));
        return running;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
