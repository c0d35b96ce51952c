namespace AccountingPlatform.Web.Components.Pages.RealName;

/// <summary>The button that starts an Alipay certification: one key per page view, so a double click is one request.</summary>
public sealed class AlipayStartForm
{
    public string? Action { get; set; }
    public string? IdempotencyKey { get; set; }
}
