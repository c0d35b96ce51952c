using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace AccountingPlatform.Gateway;

/// <summary>
/// Answers 413 for a request whose declared length is over the platform's cap, before anything is proxied. A browser
/// sends the whole upload before it reads any answer, so a body of a few times the cap is read and discarded first and
/// the connection closed after the answer: answering at once and leaving the body unread made the server reset the
/// connection, and the candidate saw a network error instead of "compress the image". Far larger bodies are cut off.
/// A form sent to the portal's pages gets a page (<see cref="TooLargePage"/>), an API call a problem.
/// </summary>
public static class RequestSizeGuard
{
    private const long DrainedAtMost = 4 * RequestLimits.MaxRequestBodyBytes;

    public static IApplicationBuilder UseRequestSizeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var cap = RequestLimits.MaxBodyBytes(context.Request.Method, context.Request.Path.Value ?? "");
        if (context.Request.ContentLength > cap)
        {
            if (context.Request.ContentLength <= DrainedAtMost && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = DrainedAtMost;
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            }
            context.Response.Headers.Connection = "close";
            if (TooLargePage.Serves(context.Request))
            {
                await TooLargePage.WriteAsync(context, cap);
                return;
            }
            await ApiProblem.Create(StatusCodes.Status413PayloadTooLarge, "GATEWAY_REQUEST_TOO_LARGE", cap == RequestLimits.MaxRequestBodyBytes
                ? $"请求内容超过{cap / 1024 / 1024}MB，请压缩图片后重新上传" : $"请求内容超过{cap / 1024 / 1024}MB，请分批上传").ExecuteAsync(context);
            return;
        }
        if (cap != RequestLimits.MaxRequestBodyBytes && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } large)
            large.MaxRequestBodySize = cap;   // a results file (one sent in chunks is cut off at the cap as it streams)
        await next(context);
    });
}
