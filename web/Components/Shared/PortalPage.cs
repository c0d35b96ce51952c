using AccountingPlatform.Web.Platform;
using AccountingPlatform.Web.Sessions;
using Microsoft.AspNetCore.Components;

namespace AccountingPlatform.Web.Components.Shared;

/// <summary>
/// What every portal page shares: the platform's APIs, and the last refusal to show beside the fields it concerns.
/// A session the platform has ended sends the person to the login page, saying why.
/// </summary>
public abstract class PortalPage : ComponentBase
{
    [Inject] protected PlatformApiClient Api { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    /// <summary>The answer that refused what the person last asked for, shown on the page.</summary>
    protected ApiAnswer? Failed { get; set; }

    protected IReadOnlyList<string> ErrorsFor(string field, params string[] codes) => Failed?.ErrorsFor(field, codes) ?? [];

    /// <summary>True when the call succeeded; otherwise keeps the refusal for the page (or leaves for the login page when the session ended).</summary>
    protected bool Succeeded(ApiAnswer answer)
    {
        if (answer.IsSuccess) return true;
        if (answer.SessionEnded) Navigation.NavigateTo(
            $"{StaffArea.LoginFor(Navigation.ToBaseRelativePath(Navigation.Uri))}?ended=true&returnUrl={Uri.EscapeDataString("/" + Navigation.ToBaseRelativePath(Navigation.Uri))}", forceLoad: true);
        Failed = answer;
        return false;
    }

    /// <summary>
    /// The captcha for the person's next try: a new one after every check, the same one again (with what was typed)
    /// when the platform was too busy to check it.
    /// </summary>
    protected async Task<CaptchaView?> CaptchaForNextTryAsync(Guid? postedId, string? postedImage)
    {
        if (Failed?.ShouldRetry == true && CaptchaView.Unchecked(postedId, postedImage) is { } again) return again;
        var answer = await Api.PostAsync("/api/identity/captchas");
        if (answer.IsSuccess) return answer.Read<CaptchaView>();
        Failed ??= answer;
        return null;
    }

    /// <summary>A key for one submission of a form that creates something, so a double click or a retry creates it once.</summary>
    protected static string NewIdempotencyKey() => Guid.NewGuid().ToString("N");
}
