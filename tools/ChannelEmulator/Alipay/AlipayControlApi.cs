using System.Globalization;
using System.Text.Json;
using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>
/// What a test or a developer does in place of a person at Alipay: finish certifications, pay trades, resend
/// notifications; and what they look at: a trade's state, notifications and refunds.
/// </summary>
public static class AlipayControlApi
{
    public static IEndpointRouteBuilder MapAlipayControlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/emulator/alipay").WithTags("Alipay emulator control");
        group.MapGet("/public-key", (AlipayPlatform platform) => TypedResults.Ok(new { alipayPublicKey = platform.PublicKey }));
        group.MapGet("/certifications/{certifyId}", GetCertification);
        group.MapPost("/certifications/{certifyId}/complete", CompleteCertificationAsync);
        group.MapGet("/trades/{outTradeNo}", GetTrade);
        group.MapPost("/tampering/{method}", (string method, ResponseTampering tampering) =>
        {
            tampering.TamperNext(method);
            return TypedResults.NoContent();
        });
        group.MapPost("/outage", (AlipayOutage outage) =>
        {
            outage.Begin();
            return TypedResults.NoContent();
        });
        group.MapDelete("/outage", (AlipayOutage outage) =>
        {
            outage.End();
            return TypedResults.NoContent();
        });
        group.MapPost("/trades/{outTradeNo}/pay", PayAsync);
        group.MapPost("/trades/{outTradeNo}/notify-again", NotifyAgainAsync);
        return app;
    }

    private static IResult GetCertification(string certifyId, CertificationStore store) =>
        store.Find(certifyId) is { } c ? TypedResults.Ok(c) : CertificationNotFound();

    /// <summary>JSON <c>{"outcome":"Pass"}</c> → 204; the emulated page's form post → back to the merchant's return_url.</summary>
    private static async Task<IResult> CompleteCertificationAsync(
        string certifyId, HttpContext http, CertificationStore store, TimeProvider time)
    {
        var fromPage = http.Request.HasFormContentType;
        string? text;
        if (fromPage)
        {
            text = (await http.Request.ReadFormAsync(http.RequestAborted))["outcome"].ToString();
        }
        else if (http.Request.HasJsonContentType())
        {
            try
            {
                text = (await http.Request.ReadFromJsonAsync<CompleteCertificationRequest>(http.RequestAborted))?.Outcome;
            }
            catch (JsonException)
            {
                text = null;
            }
        }
        else
        {
            return ApiProblem.Create(StatusCodes.Status415UnsupportedMediaType, "EMULATOR_UNSUPPORTED_MEDIA_TYPE", "请以 JSON 或表单提交 outcome");
        }

        if (!Enum.TryParse<CertificationOutcome>(text, ignoreCase: true, out var outcome) || !Enum.IsDefined(outcome) || int.TryParse(text, out _))
        {
            return ApiProblem.Validation("EMULATOR_OUTCOME_INVALID", new Dictionary<string, string[]>
            {
                ["outcome"] = ["须为 Pass、Fail、IdentityMismatch 或 AccountRisk"],
            });
        }
        if (store.Complete(certifyId, outcome, time.GetUtcNow()) is not { } completed)
            return CertificationNotFound();

        if (!fromPage)
            return TypedResults.NoContent();
        return Uri.TryCreate(completed.ReturnUrl, UriKind.Absolute, out var back) && (back.Scheme == Uri.UriSchemeHttp || back.Scheme == Uri.UriSchemeHttps)
            ? TypedResults.Redirect(back.AbsoluteUri)
            : TypedResults.Content(CertifyPage.RenderCompleted(completed), "text/html; charset=utf-8");
    }

    private static IResult GetTrade(string outTradeNo, TradeStore store, TimeProvider time)
    {
        if (store.Find(outTradeNo) is not { } trade)
            return TradeNotFound();
        var notifications = trade.Notifications();
        return TypedResults.Ok(new
        {
            trade.OutTradeNo,
            trade.TradeNo,
            trade.AppId,
            Status = trade.StatusAt(time.GetUtcNow()),
            trade.TotalAmount,
            trade.Subject,
            trade.QrCode,
            trade.NotifyUrl,
            trade.CreatedAt,
            trade.ExpiresAt,
            trade.PaidAt,
            RefundedAmount = trade.RefundedAmount().ToString("0.00", CultureInfo.InvariantCulture),
            Refunds = trade.Refunds(),
            NotificationsSent = notifications.Count,
            Notifications = notifications,
        });
    }

    /// <summary>
    /// Pays (idempotently) and notifies; answers after the first delivery attempt, retries go on in the background.
    /// <c>?notify=false</c>: the buyer has paid but the notification is late (send it with notify-again).
    /// </summary>
    private static async Task<IResult> PayAsync(
        string outTradeNo, bool? notify, TradeStore store, TradeNotifier notifier, TimeProvider time, CancellationToken ct)
    {
        if (store.Find(outTradeNo) is not { } trade)
            return TradeNotFound();
        if (!trade.TryPay(time.GetUtcNow()))
            return ApiProblem.Conflict("EMULATOR_TRADE_CLOSED", "交易已关闭，不能支付");
        if (notify == false)
            return TypedResults.Ok(new { trade.TradeNo, Notified = false, LastResponse = "未发送通知（notify=false）" });
        return await NotifyAsync(trade, notifier, ct);
    }

    private static async Task<IResult> NotifyAgainAsync(string outTradeNo, TradeStore store, TradeNotifier notifier, TimeProvider time, CancellationToken ct)
    {
        if (store.Find(outTradeNo) is not { } trade)
            return TradeNotFound();
        if (trade.StatusAt(time.GetUtcNow()) != TradeStatus.Success)
            return ApiProblem.Conflict("EMULATOR_TRADE_NOT_PAID", "交易尚未支付，没有可发送的通知");
        return await NotifyAsync(trade, notifier, ct);
    }

    private static async Task<IResult> NotifyAsync(EmulatedTrade trade, TradeNotifier notifier, CancellationToken ct)
    {
        var attempt = await notifier.NotifyAsync(trade, ct);
        return TypedResults.Ok(new
        {
            trade.TradeNo,
            Notified = attempt?.Acknowledged ?? false,
            LastResponse = attempt is null ? "交易没有 notify_url，未发送通知" : attempt.Response,
        });
    }

    private static IResult CertificationNotFound() => ApiProblem.NotFound("EMULATOR_CERTIFICATION_NOT_FOUND", "认证单据不存在");

    private static IResult TradeNotFound() => ApiProblem.NotFound("EMULATOR_TRADE_NOT_FOUND", "交易不存在");
}
