using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace AccountingPlatform.Images;

/// <summary>Reads an upload's multipart form, or says why not: not multipart (415) or not parseable (400, nothing stored).</summary>
public static class MultipartForm
{
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var codes = http.RequestServices.GetRequiredService<ServiceErrorCodes>();
        if (!http.Request.HasFormContentType)
            return (null, ApiProblem.Create(StatusCodes.Status415UnsupportedMediaType, codes.For("UNSUPPORTED_MEDIA_TYPE"), "请以 multipart/form-data 上传图片"));
        try
        {
            return (await http.Request.ReadFormAsync(cancellationToken), null);
        }
        catch (Exception e) when (e is InvalidDataException || e is IOException && !cancellationToken.IsCancellationRequested)
        {
            // InvalidDataException: a malformed form; IOException: a body that ends before its multipart boundary.
            return (null, ApiProblem.BadRequest(codes.For("REQUEST_MALFORMED"), "上传内容格式错误，无法解析"));
        }
    }
}
