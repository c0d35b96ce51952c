using System.Net;

namespace AccountingPlatform.Gateway;

/// <summary>
/// The answer to a form sent to the portal's pages (not an API) that is over the cap: a page in the person's words, with
/// the way back to the form, instead of a JSON problem a browser shows as text, or as nothing at all. The portal's
/// script refuses such files before they are sent; this is for a browser without it.
/// </summary>
public static class TooLargePage
{
    public static bool Serves(HttpRequest request) => !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context, long cap)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var back = WebUtility.HtmlEncode(context.Request.Path.Value ?? "/");
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>上传的文件过大 - 全国会计人员统一服务管理平台</title>
            <style>body { font-family: "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.7; color: #1a1a1a; }
            p[role=alert] { color: #a40000; font-weight: bold; } a { color: #0b4f9c; }</style></head>
            <body><main>
            <h1>上传的文件过大</h1>
            <p role="alert">本次提交的内容超过了一次最多上传的 {{cap / 1024 / 1024}}MB，未保存任何内容。请压缩图片或文件后，回到原页面重新选择。</p>
            <p><a href="{{back}}">回到原页面</a></p>
            </main></body>
            </html>
            """);
    }
}
