namespace AccountingPlatform.Web.Platform.RealName;

/// <summary>A photo of an online application (Kind: PortraitSide, OtherSide, Handheld) and the API path that serves it to its owner.</summary>
public sealed record OnlinePhotoView(Guid Id, string Kind, string ContentType, int Width, int Height, long Length, string Url);
