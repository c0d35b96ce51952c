using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AccountingPlatform.TestSupport;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>
/// Talks to the platform through the gateway, as a browser or app would. Each client connects from its own address
/// (<see cref="LoopbackClients"/>: a random 127.x.y.z unless given), the address the gateway sees on the connection, so
/// per-address limits apply to it as to one person's device.
/// </summary>
public sealed class PlatformClient : IDisposable
{
    private readonly IPAddress _address;
    private readonly HttpClient _http;

    /// <param name="from">The client's address (a random loopback one unless given).</param>
    /// <param name="gateway">Which gateway instance to talk to, where several run (the first unless given).</param>
    public PlatformClient(IPAddress? from = null, Uri? gateway = null)
    {
        _address = from ?? LoopbackClients.RandomAddress();
        _http = new HttpClient(LoopbackClients.From(_address)) { BaseAddress = gateway ?? PlatformEnvironment.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string? AccessToken { get; set; }
    public string? RefreshToken { get; set; }

    /// <summary>The client address the platform should record and limit by.</summary>
    public string ClientAddress => _address.ToString();

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
        return await ApiResponse.ReadAsync(await _http.SendAsync(request));
    }

    public void Dispose() => _http.Dispose();
}
