using System.Text.Json;

namespace AccountingPlatform.Web.Platform;

/// <summary>What an API answered a call the portal made for the person: the status, the JSON body, and the problem when it refused.</summary>
public sealed record ApiAnswer(int Status, JsonElement Body, ApiProblemView? Problem, TimeSpan? RetryAfter)
{
    /// <summary>The answer the portal gives itself when the gateway could not be reached at all.</summary>
    public static ApiAnswer Unreachable { get; } = new(503, default, new ApiProblemView("PORTAL_PLATFORM_UNREACHABLE", null,
        "系统暂时无法访问，请稍后再试，您填写的内容已保留", new Dictionary<string, string[]>()), TimeSpan.FromSeconds(5));

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The platform is busy or a dependency is down for a moment: the page says so and tries again after <see cref="RetryAfter"/>.</summary>
    public bool ShouldRetry => Status == 503 && RetryAfter is not null;

    /// <summary>The session was refused by the platform (logged out elsewhere, password changed or reset): the person must log in again.</summary>
    public bool SessionEnded { get; init; }

    public string? Code => Problem?.Code;

    /// <summary>The problem's own message, else a plain one for the status.</summary>
    public string Message => Problem?.Detail ?? Problem?.Title ?? Status switch
    {
        404 => "未找到相关信息",
        403 => "您没有执行该操作的权限",
        _ => "操作未成功，请稍后再试",
    };

    /// <summary>
    /// The messages to show beside <paramref name="field"/>: the problem's own for that field, and its message when its
    /// code is one of <paramref name="codes"/> (a problem about that field that names none, e.g. a wrong captcha).
    /// </summary>
    public IReadOnlyList<string> ErrorsFor(string field, params string[] codes)
    {
        if (Problem?.Errors.TryGetValue(field, out var messages) == true) return messages;
        return Code is not null && codes.Contains(Code) ? [Message] : [];
    }

    /// <summary>Whether every message of the problem is tied to a field (then no summary needs to repeat them).</summary>
    public bool HasFieldErrors => Problem?.Errors.Count > 0;

    public T Read<T>() => Body.Deserialize<T>(PortalJson.Options) ?? throw new JsonException($"The answer holds no {typeof(T).Name}.");
}
