using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace AccountingPlatform.Images;

/// <summary>Reads an uploaded file and judges it against a rule by its content; the error is a Chinese sentence for the field.</summary>
public static class ImageUpload
{
    public static async Task<(UploadedImage? Image, string? Error)> ReadAsync(IFormFile? file, ImageRule rule, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) return (null, $"请上传{rule.Label}");
        if (!rule.SizeAllowed(file.Length)) return (null, $"{rule.Label}大小须{rule.SizeText}");

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
            await stream.ReadExactlyAsync(content, cancellationToken);

        var inspection = ImageInspector.Inspect(content);
        if (inspection.Format is not { } format || !rule.Formats.Contains(format))
            return (null, inspection.Format is null && inspection.Problem != "不是JPG或PNG图片"
                ? $"{rule.Label}：{inspection.Problem}"
                : $"{rule.Label}须为{string.Join("或", rule.Formats.Select(f => f == ImageFormat.Jpeg ? "JPG" : "PNG"))}格式的图片");
        if (inspection.Width < rule.MinWidth || inspection.Height < rule.MinHeight)
            return (null, $"{rule.Label}尺寸不得小于{rule.MinWidth}×{rule.MinHeight}像素（当前{inspection.Width}×{inspection.Height}）");
        return (new UploadedImage(content, inspection, SHA256.HashData(content)), null);
    }
}
