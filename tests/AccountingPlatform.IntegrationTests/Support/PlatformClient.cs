using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>
/// Talks to the platform through the gateway, as a browser or app would. Each client has its own client address, as
/// the load balancer in front of the gateway would forward it (<c>X-Forwarded-For</c>), so per-address limits apply
/// to it as to one person's device.
/// </summary>
public sealed class PlatformClient : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = PlatformEnvironment.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };

    public string? AccessToken { get; set; }
    public string? RefreshToken { get; set; }
    public string ClientAddress { get; init; } = $"10.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";

    public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);
    public Task<ApiResponse> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);
    public Task<ApiResponse> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is HttpContent content) request.Content = content;
        else if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
        if (AccessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        configure?.Invoke(request);
        if (!request.Headers.Contains("X-Forwarded-For")) request.Headers.Add("X-Forwarded-For", ClientAddress);
        return await ApiResponse.ReadAsync(await _http.SendAsync(request));
    }

    public void Dispose() => _http.Dispose();
}
