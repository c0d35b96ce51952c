using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using StackExchange.Redis;

namespace AccountingPlatform.Benchmarks;

/// <summary>
/// Logins per second through the gateway against the running platform, each with its own captcha (read from Redis as a
/// person reads the image) and its own client address (so the gateway's per-address limit does not count them together).
/// </summary>
public static class LoginThroughputBenchmark
{
    public static async Task RunAsync(Uri gateway, string redisConnection, string account, string password, int logins, int concurrency)
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(redisConnection);
        using var http = new HttpClient { BaseAddress = gateway };
        var latencies = new double[logins];
        var failures = 0;
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < logins)
            {
                var address = $"10.{i / 65536 % 256}.{i / 256 % 256}.{i % 256}";
                var captcha = await SendAsync(http, "/api/identity/captchas", null, address);
                var id = captcha.GetProperty("captchaId").GetGuid();
                string answer = (await redis.GetDatabase().StringGetAsync($"identity:captcha:{id:N}"))!;
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(Request("/api/identity/tokens",
                    new { account, password, captchaId = id, captchaCode = answer }, address));
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        }));
        var seconds = watch.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        Console.WriteLine($"{logins} logins through the gateway, {concurrency} at a time: {seconds:F1} s = {logins / seconds:F1} logins/s (captcha fetch included), {failures} failed");
        Console.WriteLine($"  login call latency: median {latencies[logins / 2]:F0} ms, p95 {latencies[(int)(logins * 0.95)]:F0} ms, max {latencies[^1]:F0} ms");
    }

    private static async Task<JsonElement> SendAsync(HttpClient http, string path, object? body, string address)
    {
        using var response = await http.SendAsync(Request(path, body, address));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static HttpRequestMessage Request(string path, object? body, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", address);
        return request;
    }
}
