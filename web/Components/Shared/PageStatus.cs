using Microsoft.AspNetCore.Diagnostics;

namespace AccountingPlatform.Web.Components.Shared;

/// <summary>
/// A page that answers with an error status and its own words (a refusal): the status is set, and the status-code page
/// (<c>UseStatusCodePagesWithReExecute</c>), meant for bare errors, is told to leave this response alone.
/// </summary>
public static class PageStatus
{
    public static void Set(HttpContext? http, int status)
    {
        if (http is null || http.Response.HasStarted) return;
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        http.Response.StatusCode = status;
    }
}
