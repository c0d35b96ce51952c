using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using AccountingPlatform.Benchmarks.Report;
using AccountingPlatform.TestSupport;

namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>
/// A browser without script at the portal, through the gateway from its own loopback address: it GETs a page, reads
/// its form as it stands (<see cref="HtmlForm"/>: the antiforgery token, Blazor's hidden fields, what the page filled
/// in), posts it with what the person typed and the button they pressed, follows redirects and keeps its cookies (the
/// session, the antiforgery cookie). Every request the browser makes is a page view, timed into the run's
/// <see cref="CallLog"/> as <c>page: …</c>; those made only to see whether something has happened (an event crossing
/// services) are counted apart as waiting. The person's own images a page shows (<c>&lt;img src="/private-images/…"&gt;</c>)
/// are fetched after it, every time, as a browser does with what may not be cached, and counted apart.
/// </summary>
public sealed partial class PortalBrowser : IDisposable
{
    private readonly HttpClient _http;
    private readonly CallLog _log;

    public PortalBrowser(Uri gateway, CallLog log)
    {
        var handler = LoopbackClients.From(LoopbackSources.Next());
        handler.UseCookies = true;
        handler.CookieContainer = new CookieContainer();
        handler.AllowAutoRedirect = false;
        _http = new HttpClient(handler) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        _log = log;
        Url = gateway;
    }

    /// <summary>Requests made to the portal (every GET, POST and redirect followed).</summary>
    public int PageViews { get; private set; }

    /// <summary>Of <see cref="PageViews"/>, those made to see whether something had happened yet.</summary>
    public int WaitingViews { get; private set; }

    /// <summary>Bytes of every page's body (the HTML).</summary>
    public long Bytes { get; private set; }

    /// <summary>The person's private images fetched for the pages shown, and their bytes.</summary>
    public int Images { get; private set; }
    public long ImageBytes { get; private set; }

    /// <summary>The largest answer so far: its step and its bytes.</summary>
    public (string Step, int Bytes) Largest { get; private set; }

    /// <summary>The page now shown (after redirects), its address and its HTML (entities decoded where read).</summary>
    public Uri Url { get; private set; }
    public string Html { get; private set; } = "";

    /// <summary>GETs a page, following redirects.</summary>
    public Task<string> GetAsync(string step, string path, bool waiting = false) =>
        SendAsync(step, HttpMethod.Get, new Uri(_http.BaseAddress!, path), null, waiting);

    /// <summary>
    /// Sends the form <paramref name="handler"/> of the page now shown with <paramref name="typed"/> filled in and the
    /// button <paramref name="button"/> (<c>name=value</c>, or null for an unnamed one) pressed; the page it leads to.
    /// </summary>
    public Task<string> SubmitAsync(string step, string handler, IReadOnlyDictionary<string, string[]> typed, string? button,
        IReadOnlyList<(string Name, string FileName, string ContentType, byte[] Bytes)>? files = null, bool waiting = false)
    {
        var form = HtmlForm.Find(Html, handler) ?? throw new StepFailed(step, $"no form {handler} on {Url.PathAndQuery}: {Excerpt(Html)}");
        var fields = form.With(typed);
        if (button is not null)
        {
            var equals = button.IndexOf('=', StringComparison.Ordinal);
            fields.Add(new(button[..equals], button[(equals + 1)..]));
        }
        var target = form.Action is { Length: > 0 } action ? new Uri(_http.BaseAddress!, action) : Url;
        if (form.Method == "get")
            return SendAsync(step, HttpMethod.Get, new UriBuilder(target) { Query = Query(fields) }.Uri, null, waiting);
        HttpContent content;
        if (form.Multipart)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields) multipart.Add(new StringContent(value), name);
            foreach (var (name, fileName, contentType, bytes) in files ?? [])
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                multipart.Add(file, name, fileName);
            }
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }
        return SendAsync(step, HttpMethod.Post, target, content, waiting);
    }

    /// <summary>Sends the page's GET form whose action ends with <paramref name="actionEnd"/> (a choice that only changes what is shown).</summary>
    public Task<string> SubmitGetAsync(string step, string actionEnd, IReadOnlyDictionary<string, string[]> typed)
    {
        var form = HtmlForm.FindGet(Html, actionEnd) ?? throw new StepFailed(step, $"no form to {actionEnd} on {Url.PathAndQuery}: {Excerpt(Html)}");
        return SendAsync(step, HttpMethod.Get, new UriBuilder(new Uri(_http.BaseAddress!, form.Action)) { Query = Query(form.With(typed)) }.Uri, null, false);
    }

    /// <summary>Whether the page now shown says <paramref name="words"/> (its text, character references read).</summary>
    public bool Shows(string words) => WebUtility.HtmlDecode(Html).Contains(words, StringComparison.Ordinal);

    /// <summary>Whether the page now shown has the form <paramref name="handler"/>.</summary>
    public bool Has(string handler) => HtmlForm.Find(Html, handler) is not null;

    private async Task<string> SendAsync(string step, HttpMethod method, Uri url, HttpContent? content, bool waiting)
    {
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            var started = Stopwatch.GetTimestamp();
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                throw new StepFailed($"page: {step}", $"{method} {url.PathAndQuery}: {e.Message}");
            }
            using (response)
            {
                var body = await response.Content.ReadAsByteArrayAsync();
                _log.Record($"page: {step}", Stopwatch.GetElapsedTime(started));
                var text = System.Text.Encoding.UTF8.GetString(body);
                PageViews++;
                Bytes += body.Length;
                if (body.Length > Largest.Bytes) Largest = (step, body.Length);
                if (waiting) WaitingViews++;
                if ((int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    if (redirects == 5) throw new StepFailed($"page: {step}", $"too many redirects at {url.PathAndQuery}");
                    url = new Uri(url, location);
                    if ((int)response.StatusCode is 301 or 302 or 303)
                    {
                        method = HttpMethod.Get;
                        content = null;
                    }
                    continue;
                }
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                    throw new StepFailed($"page: {step}", $"{method} {url.PathAndQuery}: {(int)response.StatusCode} {Excerpt(text)}");
                Url = url;
                Html = text;
                await FetchImagesAsync(step, text);
                return text;
            }
        }
    }

    private async Task FetchImagesAsync(string step, string html)
    {
        foreach (var src in PrivateImageSources().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)))
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _http.GetAsync(src);
                var body = await response.Content.ReadAsByteArrayAsync();
                _log.Record($"image: {step}", Stopwatch.GetElapsedTime(started));
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType?.StartsWith("image/", StringComparison.Ordinal) != true)
                    throw new StepFailed($"image: {step}", $"GET {src}: {(int)response.StatusCode}");
                Images++;
                ImageBytes += body.Length;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                throw new StepFailed($"image: {step}", $"GET {src}: {e.Message}");
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("<img [^>]*src=\"(/private-images/[^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex PrivateImageSources();

    /// <summary>The page's text without its tags (for a step that failed: what the person read).</summary>
    public static string Excerpt(string html)
    {
        var main = html.IndexOf("<main", StringComparison.Ordinal) is >= 0 and var at ? html[at..] : html;
        var text = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(main, "<[^>]+>|\\s+", " ")).Trim();
        return text.Length > 400 ? text[..400] : text;
    }

    private static string Query(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

    public void Dispose() => _http.Dispose();
}
