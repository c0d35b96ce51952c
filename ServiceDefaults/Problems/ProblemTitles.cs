namespace AccountingPlatform.ServiceDefaults.Problems;

/// <summary>Chinese titles and generic codes for HTTP statuses (RFC 9457 <c>title</c>).</summary>
public static class ProblemTitles
{
    public static string For(int status) => status switch
    {
        400 => "请求无效",
        401 => "未登录或登录已过期",
        403 => "无权访问",
        404 => "资源不存在",
        405 => "不支持该请求方法",
        409 => "状态冲突",
        413 => "请求内容过大",
        415 => "不支持的内容类型",
        422 => "业务规则不允许该操作",
        423 => "账号已锁定",
        429 => "请求过于频繁，请稍后再试",
        503 => "服务暂时不可用，请稍后再试",
        _ => status >= 500 ? "服务器内部错误，请稍后再试" : "请求失败",
    };

    public static string CodeSuffixFor(int status) => status switch
    {
        400 => "REQUEST_INVALID",
        401 => "UNAUTHENTICATED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        405 => "METHOD_NOT_ALLOWED",
        409 => "CONFLICT",
        413 => "REQUEST_TOO_LARGE",
        415 => "UNSUPPORTED_MEDIA_TYPE",
        423 => "LOCKED",
        429 => "TOO_MANY_REQUESTS",
        503 => "UNAVAILABLE",
        _ => status >= 500 ? "INTERNAL_ERROR" : "REQUEST_FAILED",
    };
}
