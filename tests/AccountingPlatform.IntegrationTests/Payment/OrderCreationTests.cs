using System.Buffers.Binary;
using System.Net;
using AccountingPlatform.IntegrationTests.Support;
using QRCoder;

namespace AccountingPlatform.IntegrationTests.Payment;

/// <summary>
/// Getting a QR code on the real platform: renewal closes the old trade at Alipay first, the code as a PNG, a channel
/// outage answered 503 with <c>Retry-After</c>, a double click giving one order, one open order per enrollment (the
/// partial unique index <c>ux_payment_orders_one_pending</c>) whatever the channel, and no order for a channel sent as a number.
/// </summary>
public sealed class OrderCreationTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static Task<ApiResponse> OrderAsync(PlatformClient me, Guid enrollmentId, string? contactToken = null) =>
        me.PostAsync(PaymentOrders.Path, new { enrollmentId, channel = "Alipay", contactToken });

    [Fact]
    public async Task Renewing_an_expired_code_closes_the_old_trade_at_Alipay_first()
    {
        using var emulator = new EmulatorClient();
        using var ordered = await PaymentOrders.EnrollInGuangdongAndOrderAsync(emulator);
        var me = ordered.Candidate.Client;
        var expiresAt = (await me.GetAsync($"/api/payment/me/orders/{ordered.OrderId}")).Json.GetProperty("expiresAt").GetDateTimeOffset();
        var wait = expiresAt - PlatformEnvironment.Now + TimeSpan.FromMilliseconds(500);
        if (wait > TimeSpan.Zero) await Task.Delay(wait);

        var renewed = await OrderAsync(me, ordered.EnrollmentId);
        Assert.True(renewed.Status == HttpStatusCode.OK, renewed.ToString());
        Assert.NotEqual(ordered.OrderId, renewed.Json.GetProperty("id").GetGuid());
        Assert.NotEqual(ordered.OutTradeNo, renewed.Json.GetProperty("outTradeNo").GetString());
        Assert.True(renewed.Json.GetProperty("expiresAt").GetDateTimeOffset() > PlatformEnvironment.Now);

        var old = await emulator.TradeAsync(ordered.OutTradeNo);
        Assert.Equal("TRADE_CLOSED", old.GetProperty("status").GetString());
        Assert.True(old.GetProperty("expiresAt").GetDateTimeOffset() > PlatformEnvironment.Now, $"closed before Alipay's own timeout: {old}");
        Assert.Equal("Closed", (await me.GetAsync($"/api/payment/me/orders/{ordered.OrderId}")).Json.GetProperty("status").GetString());
        var fresh = await emulator.TradeAsync(renewed.Json.GetProperty("outTradeNo").GetString()!);
        Assert.Equal("WAIT_BUYER_PAY", fresh.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_code_is_served_as_a_PNG_of_its_URL_to_its_owner_only()
    {
        using var emulator = new EmulatorClient();
        using var ordered = await PaymentOrders.EnrollInGuangdongAndOrderAsync(emulator);
        var view = (await ordered.Candidate.Client.GetAsync($"/api/payment/me/orders/{ordered.OrderId}")).Json;
        var url = view.GetProperty("qrCode").GetString()!;
        Assert.StartsWith("https://qr.alipay.com/", url, StringComparison.Ordinal);
        Assert.Equal($"/api/payment/me/orders/{ordered.OrderId}/qr.png", view.GetProperty("qrCodeImage").GetString());

        var image = await ordered.Candidate.Client.GetAsync($"/api/payment/me/orders/{ordered.OrderId}/qr.png");
        Assert.True(image.Status == HttpStatusCode.OK, image.ToString());
        Assert.Equal("image/png", image.ContentType);
        Assert.True(image.Raw.Headers.CacheControl?.NoStore, image.Raw.Headers.ToString());
        var png = await image.Raw.Content.ReadAsByteArrayAsync();
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        Assert.Equal(width, height);
        // 8 pixels a module; a QR symbol is 21 + 4k modules, plus a quiet zone of 4 on each side.
        Assert.Equal(0, width % 8);
        Assert.Equal(0, (width / 8 - 8 - 21) % 4);
        // It is the code of the order's URL, exactly.
        Assert.Equal(PngByteQRCodeHelper.GetQRCode(url, QRCodeGenerator.ECCLevel.M, 8), png);

        using var other = await Candidate.RegisterAsync(emulator);
        var notYours = await other.Client.GetAsync($"/api/payment/me/orders/{ordered.OrderId}/qr.png");
        Assert.Equal(HttpStatusCode.NotFound, notYours.Status);
        Assert.Equal("PAYMENT_ORDER_NOT_FOUND", notYours.ProblemCode);
    }

    [Fact]
    public async Task Alipay_down_gives_503_with_Retry_After_and_the_code_once_it_is_back()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, _) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;
        var contactToken = await PaymentOrders.ContactTokenAsync(candidate, emulator);
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}"), r => r.Status == HttpStatusCode.OK, "the enrollment");

        ApiResponse down;
        await emulator.BeginAlipayOutageAsync();
        try
        {
            down = await Eventually.GetAsync(() => OrderAsync(candidate.Client, enrollmentId, contactToken), r => r.Status != HttpStatusCode.NotFound,
                "Payment learns of the enrollment", TimeSpan.FromSeconds(90));
        }
        finally
        {
            await emulator.EndAlipayOutageAsync();
        }
        Assert.True(down.Status == HttpStatusCode.ServiceUnavailable, down.ToString());
        Assert.Equal("application/problem+json", down.ContentType);
        Assert.Equal("PAYMENT_CHANNEL_UNAVAILABLE", down.ProblemCode);
        Assert.Equal("支付渠道暂时不可用，请稍后重试", down.Json.GetProperty("detail").GetString());
        Assert.InRange(down.Raw.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 120);

        var back = await OrderAsync(candidate.Client, enrollmentId, contactToken);
        Assert.True(back.Status == HttpStatusCode.OK, back.ToString());
        Assert.StartsWith("https://qr.alipay.com/", back.Json.GetProperty("qrCode").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_POST_reuses_the_open_order_another_channel_replaces_it_and_an_unknown_channel_number_makes_none()
    {
        using var emulator = new EmulatorClient();
        using var ordered = await PaymentOrders.EnrollInGuangdongAndOrderAsync(emulator);
        var me = ordered.Candidate.Client;

        // The same enrollment and channel again: the open order, not another.
        var again = await OrderAsync(me, ordered.EnrollmentId);
        Assert.True(again.Status == HttpStatusCode.OK, again.ToString());
        Assert.Equal(ordered.OrderId, again.Json.GetProperty("id").GetGuid());
        Assert.Equal(1, await DatabaseRows.CountAsync("payment", "payment_orders", "EnrollmentId", ordered.EnrollmentId));

        // Another channel: the Alipay order is closed (here and at Alipay) and one WeChat Pay order is open.
        var weChat = await me.PostAsync(PaymentOrders.Path, new { enrollmentId = ordered.EnrollmentId, channel = "WeChatPay" });
        Assert.True(weChat.Status == HttpStatusCode.OK, weChat.ToString());
        Assert.Equal("WeChatPay", weChat.Json.GetProperty("channel").GetString());
        Assert.Equal("Closed", (await me.GetAsync($"{PaymentOrders.Path}/{ordered.OrderId}")).Json.GetProperty("status").GetString());
        Assert.Equal("TRADE_CLOSED", (await emulator.TradeAsync(ordered.OutTradeNo)).GetProperty("status").GetString());
        Assert.Equal(2, await DatabaseRows.CountAsync("payment", "payment_orders", "EnrollmentId", ordered.EnrollmentId));

        // "channel": 7 (or any number) is no channel: refused, and no order is made or closed.
        foreach (var number in new[] { 7, 0, 1 })
        {
            var refused = await me.PostAsync(PaymentOrders.Path, new StringContent(
                $$"""{"enrollmentId": "{{ordered.EnrollmentId}}", "channel": {{number}}}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Equal("PAYMENT_REQUEST_MALFORMED", refused.ProblemCode);
        }
        Assert.Equal(2, await DatabaseRows.CountAsync("payment", "payment_orders", "EnrollmentId", ordered.EnrollmentId));
        var open = await me.GetAsync($"{PaymentOrders.Path}/{weChat.Json.GetProperty("id").GetGuid()}");
        Assert.Equal("Pending", open.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ten_concurrent_requests_for_one_enrollment_give_one_order()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, _) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;
        var contactToken = await PaymentOrders.ContactTokenAsync(candidate, emulator);

        var answers = await Eventually.GetAsync(
            () => Task.WhenAll(Enumerable.Range(0, 10).Select(_ => OrderAsync(candidate.Client, enrollmentId, contactToken))),
            all => all.All(r => r.Status != HttpStatusCode.NotFound), "Payment learns of the enrollment", TimeSpan.FromSeconds(60));
        Assert.All(answers, r => Assert.True(r.Status == HttpStatusCode.OK, r.ToString()));
        var ids = answers.Select(r => r.Json.GetProperty("id").GetGuid()).Distinct().ToList();
        Assert.Single(ids);
        Assert.Single(answers.Select(r => r.Json.GetProperty("qrCode").GetString()).Distinct());
    }
}
