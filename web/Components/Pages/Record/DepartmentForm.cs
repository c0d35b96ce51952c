namespace AccountingPlatform.Web.Components.Pages.Record;

/// <summary>会计管理部门 as picked level by level (province, city, county division codes).</summary>
public sealed class DepartmentForm
{
    public string? Action { get; set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public string? County { get; set; }
}
