using AccountingPlatform.Channels.UnionPay;
using AccountingPlatform.Channels.WeChatPay;
using AccountingPlatform.Payment.Alipay;
using AccountingPlatform.Payment.UnionPay;
using AccountingPlatform.Payment.WeChatPay;

namespace AccountingPlatform.Payment.Channels;

/// <summary>
/// A channel's notification as it arrives: read the way the channel sends it (a form, an exact body, signed headers),
/// handed to its channel's handler, and answered the way the channel reads: anything but the acknowledgement makes it
/// notify again later.
/// </summary>
public static class ChannelNotificationReceiving
{
    public static async Task<IResult> AlipayAsync(HttpRequest request, AlipayNotificationHandler handler, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return TypedResults.Text("failure", statusCode: StatusCodes.Status415UnsupportedMediaType);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException || ex is IOException && !cancellationToken.IsCancellationRequested)
        {
            // Not a form anyone could sign: a multipart body without its boundary or cut off before it, too many fields.
            return TypedResults.Text("failure", statusCode: StatusCodes.Status400BadRequest);
        }
        var fields = form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString());
        return await handler.HandleAsync(fields, cancellationToken)
            ? TypedResults.Text("success")
            : TypedResults.Text("failure", statusCode: StatusCodes.Status400BadRequest);
    }

    /// <summary>The signature covers the exact body received, so it is read as text. Failure: 4xx/5xx with {"code":"FAIL"}.</summary>
    public static async Task<IResult> WeChatPayAsync(HttpRequest request, WeChatPayNotificationHandler handler, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        return await handler.HandleAsync(WeChatPaySignedHeaders.From(request.Headers), body, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Json(new { code = "FAIL", message = "失败" }, statusCode: StatusCodes.Status400BadRequest);
    }

    public static async Task<IResult> UnionPayAsync(HttpRequest request, UnionPayNotificationHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(request, cancellationToken)
            ? TypedResults.Text(UnionPayNotifyReader.Acknowledgement)
            : TypedResults.Text("fail", statusCode: StatusCodes.Status400BadRequest);
}
