using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AccountingPlatform.Benchmarks.Report;
using AccountingPlatform.TestSupport;

namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>
/// One person's device: its own loopback address and connections, its tokens, and every call timed into the run's
/// <see cref="CallLog"/> under the step's name.
/// </summary>
public sealed class Person(Uri baseAddress, CallLog log) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new(LoopbackClients.From(LoopbackSources.Next())) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public string? AccessToken { get; set; }
    public string Phone { get; init; } = "";
    public string IdNumber { get; init; } = "";
    public Guid UserId { get; set; }

    public Task<Answer> GetAsync(string step, string path) => SendAsync(step, HttpMethod.Get, path, null);
    public Task<Answer> PostAsync(string step, string path, object? body = null) => SendAsync(step, HttpMethod.Post, path, body);
    public Task<Answer> PutAsync(string step, string path, object body) => SendAsync(step, HttpMethod.Put, path, body);

    /// <summary>
    /// Sends and times the call; a 5xx or a failure to answer is a failure of the step. When the gateway is busy (503
    /// <c>GATEWAY_BUSY</c>, admission control) the person waits as long as <c>Retry-After</c> says and tries again, as
    /// the page tells them to (counted as <c>busy: …</c>); with <paramref name="allowBusy"/> the busy answer is returned.
    /// </summary>
    public async Task<Answer> SendAsync(string step, HttpMethod method, string path, object? body, bool allowBusy = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            var answer = await SendOnceAsync(step, method, path, body, allowBusy: true);
            if (allowBusy || answer.ProblemCode != "GATEWAY_BUSY") return answer;
            log.Record($"busy: {step}", TimeSpan.Zero);
            if (attempt == 30 || body is HttpContent) throw new StepFailed(step, $"still busy after {attempt} tries: {answer}");
            await Task.Delay(answer.RetryAfter ?? TimeSpan.FromSeconds(1));
        }
    }

    private async Task<Answer> SendOnceAsync(string step, HttpMethod method, string path, object? body, bool allowBusy)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is HttpContent content) request.Content = content;
        else if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        if (AccessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request);
            var answer = new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType,
                response.Headers.RetryAfter?.Delta);
            log.Record(step, Stopwatch.GetElapsedTime(started));
            // A person can do nothing with a server error: every 5xx is a failure of the run (but a busy gateway where allowed).
            return (int)answer.Status < 500 || allowBusy && answer.ProblemCode == "GATEWAY_BUSY" ? answer : throw new StepFailed(step, answer.ToString());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new StepFailed(step, e.Message);
        }
    }

    /// <summary>Sends and requires the status a person needs to go on.</summary>
    public async Task<Answer> ExpectAsync(string step, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        var answer = await SendAsync(step, method, path, body);
        return answer.Status == expected ? answer : throw new StepFailed(step, answer.ToString());
    }

    /// <summary>Asks until an effect that crosses services (an event) is visible; the wait is recorded as <paramref name="step"/>.</summary>
    public async Task<Answer> UntilAsync(string step, Func<Task<Answer>> probe, Func<Answer, bool> done, TimeSpan? pollEvery = null, TimeSpan? timeout = null)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)((timeout ?? TimeSpan.FromSeconds(60)).TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var answer = await probe();
            if (done(answer))
            {
                log.Record(step, Stopwatch.GetElapsedTime(started));
                return answer;
            }
            if (Stopwatch.GetTimestamp() > deadline) throw new StepFailed(step, $"not seen in time; last answer {answer}");
            await Task.Delay(pollEvery ?? TimeSpan.FromMilliseconds(100));
        }
    }

    public void Dispose() => _http.Dispose();
}
