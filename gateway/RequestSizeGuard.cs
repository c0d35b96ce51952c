using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.Gateway;

/// <summary>Answers 413 for a request whose declared length is over the platform's cap, before anything is proxied.</summary>
public static class RequestSizeGuard
{
    public static IApplicationBuilder UseRequestSizeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > RequestLimits.MaxRequestBodyBytes)
        {
            await ApiProblem.Create(StatusCodes.Status413PayloadTooLarge, "GATEWAY_REQUEST_TOO_LARGE",
                $"请求内容超过{RequestLimits.MaxRequestBodyBytes / 1024 / 1024}MB，请压缩图片后重新上传").ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
