using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace AccountingPlatform.Gateway;

/// <summary>
/// Answers 413 for a request whose declared length is over the platform's cap, before anything is proxied. A browser
/// sends the whole upload before it reads any answer, so a body of a few times the cap is read and discarded first and
/// the connection closed after the answer: answering at once and leaving the body unread made the server reset the
/// connection, and the candidate saw a network error instead of "compress the image". Far larger bodies are cut off.
/// </summary>
public static class RequestSizeGuard
{
    private const long DrainedAtMost = 4 * RequestLimits.MaxRequestBodyBytes;

    public static IApplicationBuilder UseRequestSizeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > RequestLimits.MaxRequestBodyBytes)
        {
            if (context.Request.ContentLength <= DrainedAtMost && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = DrainedAtMost;
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            }
            context.Response.Headers.Connection = "close";
            await ApiProblem.Create(StatusCodes.Status413PayloadTooLarge, "GATEWAY_REQUEST_TOO_LARGE",
                $"请求内容超过{RequestLimits.MaxRequestBodyBytes / 1024 / 1024}MB，请压缩图片后重新上传").ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
