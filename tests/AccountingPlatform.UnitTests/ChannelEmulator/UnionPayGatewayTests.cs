using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AccountingPlatform.ChannelEmulator.UnionPay;
using AccountingPlatform.Channels.UnionPay;
using AccountingPlatform.UnitTests.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.UnitTests.ChannelEmulator;

/// <summary>
/// The UnionPay adapter against the emulated gateway, in process on a free loopback port; the same host plays the
/// merchant's backUrl, reading notifications with <see cref="UnionPayNotifyReader"/>.
/// </summary>
public sealed class UnionPayGatewayTests : IAsyncLifetime
{
    private const string MerId = "777290058110048";
    private const string CertId = "69629715588";

    private readonly ConcurrentQueue<UnionPayNotification> _notifications = new();
    private WebApplication _app = null!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Emulator:UnionPay:PlatformPrivateKey"] = UnionPayTestKeys.PlatformPrivateKey;
        builder.Configuration["Emulator:UnionPay:Merchants:0:MerId"] = MerId;
        builder.Configuration["Emulator:UnionPay:Merchants:0:MerchantPublicKey"] = UnionPayTestKeys.MerchantPublicKey;
        builder.Configuration["Emulator:UnionPay:Merchants:0:CertId"] = CertId;
        builder.Configuration["Emulator:UnionPay:NotifyRetryDelaysSeconds:0"] = "0";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddUnionPayEmulator();

        _app = builder.Build();
        _app.MapUnionPayGatewayApi();
        _app.MapUnionPayControlApi();
        _app.MapPost("/merchant/unionpay/notify", async (HttpRequest request) =>
        {
            try
            {
                _notifications.Enqueue(await Reader().ReadAsync(request));
                return Results.Text(UnionPayNotifyReader.Acknowledgement);
            }
            catch (UnionPaySignatureException)
            {
                return Results.Text("fail", statusCode: StatusCodes.Status400BadRequest);
            }
        });
        await _app.StartAsync();
        _baseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private UnionPayOptions Options(string? merchantPrivateKey = null, string? unionPayPublicKey = null) => new()
    {
        GatewayUrl = _baseUrl + "/unionpay",
        MerId = MerId,
        CertId = CertId,
        MerchantPrivateKey = merchantPrivateKey ?? UnionPayTestKeys.MerchantPrivateKey,
        UnionPayPublicKey = unionPayPublicKey ?? UnionPayTestKeys.PlatformPublicKey,
        BackUrl = _baseUrl + "/merchant/unionpay/notify",
    };

    private UnionPayClient Client(UnionPayOptions? options = null) =>
        new(new HttpClient(), Microsoft.Extensions.Options.Options.Create(options ?? Options()), TimeProvider.System);

    private UnionPayNotifyReader Reader() => new(Microsoft.Extensions.Options.Options.Create(Options()));

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    private static string NewOrderId() => "E" + Guid.CreateVersion7().ToString("N")[..20];

    [Fact]
    public async Task Qr_order_paid_notified_queried_and_refunded()
    {
        var client = Client();
        var orderId = NewOrderId();

        var qr = await client.ApplyQrCodeAsync(orderId, 8800, Now, Now.AddMinutes(15));
        Assert.StartsWith("https://qr.95516.com/", qr.QrCode);
        Assert.Equal(orderId, qr.OrderId);
        Assert.Matches("^[0-9]{14}$", qr.TxnTime);

        // Not paid yet: to UnionPay no such transaction exists.
        var unpaid = await Assert.ThrowsAsync<UnionPayException>(() => client.QueryAsync(orderId, qr.TxnTime));
        Assert.Equal("34", unpaid.RespCode);

        using var http = new HttpClient();
        var paid = await http.PostAsync($"{_baseUrl}/emulator/unionpay/orders/{orderId}/pay", null);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var payAnswer = await paid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(payAnswer.GetProperty("notified").GetBoolean());

        var notification = Assert.Single(_notifications, n => n.OrderId == orderId);
        Assert.True(notification.IsSuccess);
        Assert.True(notification.IsPayment);
        Assert.Equal(8800, notification.TxnAmtFen);
        Assert.Equal(MerId, notification.MerId);
        Assert.Equal(qr.TxnTime, notification.TxnTime);
        Assert.False(string.IsNullOrEmpty(notification.QueryId));

        var transaction = await client.QueryAsync(orderId, qr.TxnTime);
        Assert.True(transaction.IsPaid);
        Assert.Equal(notification.QueryId, transaction.QueryId);
        Assert.Equal(8800, transaction.SettleAmtFen);

        var refundOrderId = NewOrderId();
        var refund = await client.RefundAsync(refundOrderId, transaction.QueryId!, 8800, Now);
        Assert.False(string.IsNullOrEmpty(refund.QueryId));
        var refundQuery = await client.QueryAsync(refundOrderId, refund.TxnTime);
        Assert.True(refundQuery.IsPaid);

        var order = await http.GetFromJsonAsync<JsonElement>($"{_baseUrl}/emulator/unionpay/orders/{orderId}");
        Assert.Equal("REFUNDED", order.GetProperty("status").GetString());
        Assert.Equal(8800, order.GetProperty("refundedFen").GetInt64());

        // More than is left is refused.
        var again = await Assert.ThrowsAsync<UnionPayException>(() => client.RefundAsync(NewOrderId(), transaction.QueryId!, 1, Now));
        Assert.NotEqual("00", again.RespCode);
    }

    [Fact]
    public async Task A_forged_notification_is_refused()
    {
        var client = Client();
        var orderId = NewOrderId();
        await client.ApplyQrCodeAsync(orderId, 6000, Now, Now.AddMinutes(15));
        using var http = new HttpClient();
        (await http.PostAsync($"{_baseUrl}/emulator/unionpay/orders/{orderId}/pay", null)).EnsureSuccessStatusCode();
        var genuine = Assert.Single(_notifications, n => n.OrderId == orderId);

        // The genuine form with the amount raised: its signature no longer verifies.
        var raised = genuine.Fields.ToDictionary(f => f.Key, f => f.Value);
        raised["txnAmt"] = "1";
        Assert.Throws<UnionPaySignatureException>(() => Reader().Read(raised!));

        // A form signed with another key (the merchant's own, not UnionPay's) is refused at the backUrl.
        var forged = genuine.Fields.ToDictionary(f => f.Key, f => f.Value);
        using (var otherKey = UnionPayKeys.ImportPrivateKey(UnionPayTestKeys.MerchantPrivateKey))
            forged["signature"] = UnionPaySignature.Sign(forged!, otherKey);
        using var posted = await http.PostAsync($"{_baseUrl}/merchant/unionpay/notify", new FormUrlEncodedContent(forged));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Single(_notifications, n => n.OrderId == orderId);
    }

    [Fact]
    public async Task The_gateway_refuses_a_request_signed_with_another_key()
    {
        var wrongKey = UnionPayTestKeys.Generate().Private;

        var refused = await Assert.ThrowsAsync<UnionPayException>(() =>
            Client(Options(merchantPrivateKey: wrongKey)).ApplyQrCodeAsync(NewOrderId(), 100, Now, Now.AddMinutes(5)));

        Assert.Equal("11", refused.RespCode);
    }

    [Fact]
    public async Task An_answer_that_does_not_verify_with_the_configured_key_is_refused()
    {
        var otherPublicKey = UnionPayTestKeys.Generate().Public;

        await Assert.ThrowsAsync<UnionPaySignatureException>(() =>
            Client(Options(unionPayPublicKey: otherPublicKey)).ApplyQrCodeAsync(NewOrderId(), 100, Now, Now.AddMinutes(5)));
    }
}
