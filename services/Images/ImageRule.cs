namespace AccountingPlatform.Images;

/// <summary>What an uploaded image must be: formats, a size in bytes (more than the minimum, at most the maximum), least pixels.</summary>
public sealed record ImageRule(string Label, long MoreThanBytes, long AtMostBytes, int MinWidth, int MinHeight, params ImageFormat[] Formats)
{
    public string SizeText => $"大于{MoreThanBytes / 1024}KB且不超过{AtMostBytes / 1024}KB";
}
