using AccountingPlatform.Web.Components.Shared;

namespace AccountingPlatform.Web.Components.Pages.Staff.Admin;

/// <summary>An administrator's page: a portal page (the APIs through the gateway with the session's token) that knows whether it answers a form.</summary>
public abstract class AdminPage : PortalPage
{
    protected bool IsPost => HttpMethods.IsPost(HttpContext?.Request.Method ?? "GET");

    protected static string Escape(string? value) => Uri.EscapeDataString(value ?? "");
}
