using System.Net;
using System.Text.RegularExpressions;

namespace AccountingPlatform.BrowserTests.Support;

/// <summary>
/// The portal's forms posted over plain HTTP from a device of its own (<see cref="LoopbackClients"/>: its own 127.x.y.z),
/// for what a browser here cannot show: every Chromium of the run connects from 127.0.0.1, and a test about the
/// person's address needs two people at two addresses. Reads the page as a browser would: its antiforgery token, the
/// captcha's id (answered from Redis), its cookies.
/// </summary>
public sealed partial class PortalFormClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly SocketsHttpHandler _handler;

    /// <summary>The device's address, as the gateway sees its connections.</summary>
    public IPAddress Address { get; }

    public PortalFormClient()
    {
        Address = LoopbackClients.RandomAddress();
        _handler = LoopbackClients.From(Address);
        _handler.CookieContainer = new CookieContainer();
        _handler.UseCookies = true;
        _handler.AllowAutoRedirect = true;
        _http = new HttpClient(_handler) { BaseAddress = PlatformEnvironment.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>GETs the form's page, then posts <paramref name="fields"/> with the page's antiforgery token and captcha answer.</summary>
    public async Task<string> SubmitAsync(string path, string formName, IDictionary<string, string> fields)
    {
        var page = await _http.GetStringAsync(path);
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = Input(page, "__RequestVerificationToken"),
            ["_handler"] = formName,
        };
        if (Regex.IsMatch(page, "name=\"Form.CaptchaId\""))
        {
            var captchaId = Input(page, "Form.CaptchaId");
            form["Form.CaptchaId"] = captchaId;
            form["Form.CaptchaCode"] = (await Captchas.Redis.Value.GetDatabase().StringGetAsync($"identity:captcha:{Guid.Parse(captchaId):N}"))!;
        }
        using var response = await _http.PostAsync(path, new FormUrlEncodedContent(form));
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The device's cookies for the portal's address (its session cookie once signed in), as a <c>Cookie</c> header.</summary>
    public string CookieHeader => _handler.CookieContainer.GetCookieHeader(PlatformEnvironment.GatewayUrl);

    private static string Input(string page, string name) =>
        Regex.Match(page, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException($"no {name} on the page");

    public void Dispose() => _http.Dispose();
}
