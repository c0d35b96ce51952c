namespace AccountingPlatform.Web.Components.Pages.RealName;

/// <summary>
/// The three photos of 线上实名认证 as the page presents them: the API's field name, the label, and the rules the API
/// enforces (services/RealName/Online/OnlinePhotoRules.cs), written out so the person reads them before uploading.
/// The page checks none of them; the API judges each photo by its content and its message is shown beside the field.
/// </summary>
public sealed record OnlinePhotoKind(string Field, string ApiKind, string Label, string Description, string Pixels)
{
    public const string Formats = "JPG 或 PNG 格式的图片";
    public const string Size = "大于 20KB 且不超过 500KB";

    public static readonly IReadOnlyList<OnlinePhotoKind> All =
    [
        new("portraitSide", "PortraitSide", "证件人像面", "证件有照片的一面，四角完整、字迹清晰。", "不小于 320×200 像素"),
        new("otherSide", "OtherSide", "证件非人像面", "证件的另一面（居民身份证为国徽面），四角完整、字迹清晰。", "不小于 320×200 像素"),
        new("handheld", "Handheld", "手持证件人像面", "本人手持证件人像面的照片，面部和证件信息均清晰可见。", "不小于 320×320 像素"),
    ];
}
