using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.Web.Sessions;

namespace AccountingPlatform.Web.Platform;

/// <summary>
/// The platform's public APIs, called through the gateway exactly as a client calls them, on behalf of the person whose
/// request the portal is serving: their session's access token (refreshed when due), and their address in
/// <c>X-Forwarded-For</c>, which the gateway believes from the portal alone (<c>ForwardedHeaders:KnownProxies</c>), so
/// per-address limits, lockout and recorded commitments see the person, never the portal.
/// </summary>
public sealed class PlatformApiClient(HttpClient http, IHttpContextAccessor accessor, PortalSignIn signIn, PortalSessionStore sessions,
    TimeProvider clock, ILogger<PlatformApiClient> logger)
{
    private static readonly TimeSpan RefreshBefore = TimeSpan.FromSeconds(60);

    public Task<ApiAnswer> GetAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, null, null, cancellationToken);

    public Task<ApiAnswer> PostAsync(string path, object? body = null, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, Json(body), idempotencyKey, cancellationToken);

    public Task<ApiAnswer> PutAsync(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, path, Json(body), null, cancellationToken);

    public Task<ApiAnswer> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, path, null, null, cancellationToken);

    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, HttpContent? content, string? idempotencyKey = null,
        CancellationToken cancellationToken = default)
    {
        var tokens = await CurrentTokensAsync(cancellationToken);
        var answer = await CallAsync(method, path, content, tokens?.AccessToken, idempotencyKey, cancellationToken);
        if (tokens is not null && answer.Status == StatusCodes.Status401Unauthorized && !IsCredentialCheck(path))
        {
            await signIn.SignOutAsync();
            return answer with { SessionEnded = true };
        }
        return answer;
    }

    /// <summary>A GET with a token the portal holds before the session exists (the login's own answer).</summary>
    public Task<ApiAnswer> GetWithTokenAsync(string path, string accessToken, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Get, path, null, accessToken, null, cancellationToken);

    /// <summary>A POST with a token the portal holds before the session exists (ending a session it will not keep).</summary>
    public Task<ApiAnswer> PostWithTokenAsync(string path, object body, string accessToken, CancellationToken cancellationToken = default) =>
        CallAsync(HttpMethod.Post, path, Json(body), accessToken, null, cancellationToken);

    /// <summary>
    /// A private image the person may see (their payment QR code) as a <c>data:</c> URL to put in the page; null when it
    /// cannot be had. Their uploads are fetched by the browser from the portal instead (<see cref="PrivateImageEndpoints"/>).
    /// </summary>
    public async Task<string?> GetImageDataUrlAsync(string path, CancellationToken cancellationToken = default)
    {
        using var image = await GetImageAsync(path, cancellationToken);
        return image is null ? null : DataUrl.Of(image.Content.Headers.ContentType!.MediaType!, await image.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    /// <summary>
    /// A private image the person may see, its headers read and its body still to come (the caller disposes of it); null
    /// without a session, when the API refuses or cannot answer, or when what it answers is not an image.
    /// </summary>
    public async Task<HttpResponseMessage?> GetImageAsync(string path, CancellationToken cancellationToken = default)
    {
        var tokens = await CurrentTokensAsync(cancellationToken);
        if (tokens is null) return null;
        HttpResponseMessage? response = null;
        try
        {
            using var request = Request(HttpMethod.Get, path, null, tokens.AccessToken, null);
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType?.StartsWith("image/", StringComparison.Ordinal) == true)
                return response;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("{Path} could not be read: {Reason}", path, e.Message);
        }
        response?.Dispose();
        return null;
    }

    private async Task<ApiAnswer> CallAsync(HttpMethod method, string path, HttpContent? content, string? accessToken, string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        try
        {
            using var request = Request(method, path, content, accessToken, idempotencyKey);
            using var response = await http.SendAsync(request, cancellationToken);
            return await ReadAsync(response, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("{Method} {Path} got no answer from the gateway: {Reason}", method, path, e.Message);
            return ApiAnswer.Unreachable;
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content, string? accessToken, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        if (accessor.HttpContext is { } current) request.Headers.Add("X-Forwarded-For", current.ClientAddress());
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        // A file sent on as it is read (a results file of up to 100 MB) asks first: a refusal (413) comes before its body is sent.
        if (content is StreamContent) request.Headers.ExpectContinue = true;
        return request;
    }

    private async Task<ApiAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var body = default(JsonElement);
        var media = response.Content.Headers.ContentType?.MediaType ?? "";
        if (text.Length > 0 && media.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try { body = JsonDocument.Parse(text).RootElement.Clone(); }
            catch (JsonException) { body = default; }
        }
        var retryAfter = response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date is { } date ? date - clock.GetUtcNow() : null);
        return new ApiAnswer((int)response.StatusCode, body, response.IsSuccessStatusCode ? null : Problem(body), retryAfter);
    }

    private static ApiProblemView? Problem(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) return null;
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (body.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            foreach (var field in fields.EnumerateObject())
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? field.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray()
                    : [field.Value.ToString()];
        return new ApiProblemView(Text(body, "code"), Text(body, "title"), Text(body, "detail"), errors);

        static string? Text(JsonElement body, string name) =>
            body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static JsonContent? Json(object? body) => body is null ? null : JsonContent.Create(body, body.GetType(), options: PortalJson.Options);

    /// <summary>A 401 from a call that checks a password the person typed is about that password, not about the session.</summary>
    private static bool IsCredentialCheck(string path) => path.StartsWith("/api/identity/tokens", StringComparison.OrdinalIgnoreCase);

    /// <summary>The session's tokens, refreshed by one request at a time when the access token is about to expire.</summary>
    private async Task<PortalTokens?> CurrentTokensAsync(CancellationToken cancellationToken)
    {
        var tokens = await signIn.TokensAsync();
        if (tokens is null || tokens.ExpiresAt - clock.GetUtcNow() > RefreshBefore || signIn.SessionId is not { } sessionId) return tokens;

        await using var refreshing = await sessions.TryLockRefreshAsync(sessionId);
        if (refreshing is null)
        {
            for (var i = 0; i < 50; i++)   // another request of this person is refreshing: take its result
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), clock, cancellationToken);
                var now = await sessions.GetAsync(sessionId);
                if (now is null || now.RefreshToken != tokens.RefreshToken) return now;
            }
            return tokens;
        }
        var answer = await CallAsync(HttpMethod.Post, "/api/identity/tokens/refresh", Json(new { refreshToken = tokens.RefreshToken }), null, null, cancellationToken);
        if (answer.IsSuccess)
        {
            var refreshed = answer.Read<SessionTokensView>().ToPortalTokens();
            await sessions.SaveAsync(sessionId, refreshed);
            return refreshed;
        }
        if (answer.Status == StatusCodes.Status401Unauthorized)
        {
            await signIn.SignOutAsync();
            return null;
        }
        return tokens;   // busy or unreachable: the token still has up to a minute
    }
}
