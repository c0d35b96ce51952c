using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// A results file as it arrives: read line by line from the request, never held whole. Up to <see cref="MaxBytes"/>
/// (500,000 lines with the holder's columns fit; the platform's 2 MB cap is raised for this route alone, by the
/// gateway too: <c>RequestLimits.MaxBodyBytes</c>).
/// </summary>
public static class ResultsFile
{
    public const long MaxBytes = AccountingPlatform.ServiceDefaults.RequestLimits.MaxResultsFileBytes;

    /// <summary>Whether the request says it is larger than allowed (one sent in chunks is cut off at the cap as it is read).</summary>
    public static bool TooLarge(HttpRequest request)
    {
        if (request.ContentLength > MaxBytes) return true;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxBytes;
        return false;
    }

    /// <summary>
    /// About how many lines a file of the announced length has (a line of a resident's ID card is 44 bytes; one with the
    /// holder's columns longer), to size what the check keeps per line once; 0 when the length is not announced.
    /// </summary>
    public static int ExpectedLines(HttpRequest request) => (int)Math.Min((request.ContentLength ?? 0) / 40, 2_000_000);

    /// <summary>The lines of the file (UTF-8, a byte order mark dropped); a body over the cap ends in <see cref="BadHttpRequestException"/> (413).</summary>
    public static async IAsyncEnumerable<string> LinesAsync(HttpRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        while (await reader.ReadLineAsync(cancellationToken) is { } line) yield return line;
    }
}
