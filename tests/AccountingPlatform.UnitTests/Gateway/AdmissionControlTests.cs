using System.Net;
using System.Text.Json;
using AccountingPlatform.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.UnitTests.Gateway;

/// <summary>
/// The gateway's admission control on a real Kestrel: with the password pool full and its queue full, the next login
/// is answered at once with 503 <c>GATEWAY_BUSY</c> and <c>Retry-After</c>; the queued one is served when a place frees;
/// other calls are not held up by the password pool.
/// </summary>
public sealed class AdmissionControlTests : IAsyncLifetime
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _entered;
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Admission:PasswordConcurrency"] = "1", ["Gateway:Admission:PasswordQueue"] = "1",
            ["Gateway:Admission:Concurrency"] = "8", ["Gateway:Admission:Queue"] = "8",
        });
        builder.AddAdmissionControl();
        _app = builder.Build();
        _app.UseAdmissionControl();
        _app.MapPost("/api/identity/tokens", async () =>
        {
            Interlocked.Increment(ref _entered);
            await _release.Task;
            return Results.Ok();
        });
        _app.MapGet("/api/identity/users/me", () => Results.Ok());
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(20) };
    }

    [Fact]
    public async Task Past_the_pool_and_its_queue_a_login_is_refused_at_once_with_retry_after_and_the_queued_one_is_served()
    {
        var first = _http.PostAsync("/api/identity/tokens", null);
        while (Volatile.Read(ref _entered) == 0) await Task.Delay(10);
        var queued = _http.PostAsync("/api/identity/tokens", null);
        await Task.Delay(100);   // the second one is now waiting in the queue

        var started = System.Diagnostics.Stopwatch.StartNew();
        using var refused = await _http.PostAsync("/api/identity/tokens", null);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), "refused at once, not after waiting");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("GATEWAY_BUSY", problem.RootElement.GetProperty("code").GetString());
        Assert.False(queued.IsCompleted);

        // The password pool is full, yet another call goes through.
        using var other = await _http.GetAsync("/api/identity/users/me");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        _release.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
        Assert.Equal(2, _entered);
    }

    [Theory]
    [InlineData("POST", "/api/identity/tokens", true)]
    [InlineData("POST", "/api/identity/users", true)]
    [InlineData("POST", "/api/identity/password-resets", true)]
    [InlineData("PUT", "/api/identity/users/me/password", true)]
    [InlineData("POST", "/api/identity/tokens/refresh", false)]
    [InlineData("GET", "/api/identity/users/me", false)]
    [InlineData("POST", "/api/enrollment/me/enrollments", false)]
    public void Only_the_calls_that_hash_a_password_use_the_password_pool(string method, string path, bool checksPassword)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        Assert.Equal(checksPassword, AdmissionControl.ChecksPassword(context.Request));
    }

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        _http.Dispose();
        await _app.DisposeAsync();
    }
}
