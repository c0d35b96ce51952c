namespace AccountingPlatform.Images;

/// <summary>
/// What an uploaded image must be: formats, a size in bytes (more than <c>MinBytes</c>, or at least it when
/// <see cref="MinIncluded"/>; at most <c>MaxBytes</c>) and the least pixels.
/// </summary>
public sealed record ImageRule(string Label, long MinBytes, long MaxBytes, int MinWidth, int MinHeight, params ImageFormat[] Formats)
{
    public bool MinIncluded { get; init; }

    public bool SizeAllowed(long length) => (MinIncluded ? length >= MinBytes : length > MinBytes) && length <= MaxBytes;

    public string SizeText => $"{(MinIncluded ? "不小于" : "大于")}{MinBytes / 1024}KB且不超过{MaxBytes / 1024}KB";
}
