using AccountingPlatform.Payment.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// The order's QR code as a PNG to scan (QRCoder: error correction M, 8 pixels a module, the quiet zone included), for
/// its own candidate only; another candidate's order is not found. Never cached: a renewed order has another code.
/// </summary>
public static class OrderQrImages
{
    public const int PixelsPerModule = 8;

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPngAsync(
        Guid id, HttpContext http, PaymentDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var qrCode = await db.Orders.AsNoTracking().Where(o => o.Id == id && o.UserId == userId).Select(o => new { o.QrCode }).FirstOrDefaultAsync(cancellationToken);
        if (qrCode is null) return ApiProblem.NotFound("PAYMENT_ORDER_NOT_FOUND", "缴费订单不存在");
        if (qrCode.QrCode is null) return ApiProblem.NotFound("PAYMENT_QR_CODE_NOT_FOUND", "该订单尚未生成缴费二维码，请重新获取");
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(Render(qrCode.QrCode), "image/png");
    }

    public static byte[] Render(string text) => PngByteQRCodeHelper.GetQRCode(text, QRCodeGenerator.ECCLevel.M, PixelsPerModule);
}
