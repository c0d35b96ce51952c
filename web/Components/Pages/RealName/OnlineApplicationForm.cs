namespace AccountingPlatform.Web.Components.Pages.RealName;

/// <summary>The county chosen for 线上实名认证, level by level (kept in every form of the page, so an upload keeps the choice).</summary>
public sealed class OnlineApplicationForm
{
    public string? Action { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CityCode { get; set; }
    public string? CountyCode { get; set; }
}
