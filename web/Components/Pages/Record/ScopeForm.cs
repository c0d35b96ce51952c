namespace AccountingPlatform.Web.Components.Pages.Record;

/// <summary>采集范围 as the person chose it.</summary>
public sealed class ScopeForm
{
    public string? Action { get; set; }
    public string? CollectionScope { get; set; }
}
