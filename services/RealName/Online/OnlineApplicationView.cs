using AccountingPlatform.Divisions;

namespace AccountingPlatform.RealName.Online;

/// <summary>An online real-name application as its candidate sees it.</summary>
public sealed record OnlineApplicationView(
    Guid Id, int Version, string CountyCode, string CountyName, OnlineApplicationStatus Status, DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt, string? RejectionReason, IReadOnlyList<PhotoView> Photos)
{
    public static OnlineApplicationView Of(OnlineApplication a) => Of(a,
        a.Photos.Select(p => new PhotoView(p.Id, p.Kind, p.ContentType, p.Width, p.Height, p.Length, PhotoView.UrlOf(a.Id, p.Id))).ToList());

    public static OnlineApplicationView Of(OnlineApplication a, IReadOnlyList<PhotoView> photos) => new(
        a.Id, a.Version, a.CountyCode, DivisionTree.Instance.FullName(a.CountyCode), a.Status, a.SubmittedAt, a.DecidedAt, a.RejectionReason, photos);
}
