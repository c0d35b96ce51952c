using System.Net;
using System.Text;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Account;

/// <summary>
/// The rush: when the gateway answers <c>GATEWAY_BUSY</c>, the page says so in plain words, keeps what was typed and
/// sends it again by itself after <c>Retry-After</c>. Under the browser tests the gateway checks two passwords at a
/// time with two waiting (<see cref="BrowserPlatform"/>); other devices fill all four places with logins whose bodies
/// arrive slowly, so the person's login is refused as busy until they let go.
/// </summary>
public sealed class BusyGatewayTests : IDisposable
{
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_login_refused_as_busy_says_so_keeps_the_form_and_succeeds_by_itself_once_the_rush_passes()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "孙七");
        var visitor = await PortalVisitor.OpenAsync(Browser.Phone, "/login");
        await visitor.FillLoginAsync(candidate.Phone, candidate.Password);

        var rush = new List<SlowPasswordCheck>();
        for (var i = 0; i < BrowserPlatform.PasswordConcurrency + BrowserPlatform.PasswordQueue; i++) rush.Add(await SlowPasswordCheck.StartAsync());
        try
        {
            await visitor.SubmitAsync("登录");
            var notice = visitor.Page.Locator(".alert-busy");
            await notice.WaitForAsync();
            Assert.Contains("当前访问人数较多", await notice.InnerTextAsync());
            Assert.Contains("秒后自动重试", await notice.InnerTextAsync());
            Assert.Equal(candidate.Phone, await visitor.Page.GetByLabel("账号").InputValueAsync());
            await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);
            await Screenshots.SaveAsync(visitor.Page, "login-busy-phone");
        }
        finally
        {
            foreach (var slow in rush) await slow.DisposeAsync();
        }

        // Nobody clicks again: the page retries by itself and the person is in.
        await visitor.Page.GetByText("退出登录").WaitForAsync(new() { Timeout = 20_000 });
    }

    public void Dispose() => _emulator.Dispose();

    /// <summary>A login from another device whose body trickles in (valid JSON whitespace, fast enough for Kestrel's minimum rate) until disposed.</summary>
    private sealed class SlowPasswordCheck : IAsyncDisposable
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly HttpClient _http = new(LoopbackClients.From(LoopbackClients.RandomAddress())) { BaseAddress = PlatformEnvironment.GatewayUrl };
        private Task<HttpResponseMessage>? _sending;

        public static async Task<SlowPasswordCheck> StartAsync()
        {
            var check = new SlowPasswordCheck();
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            check._sending = check._http.PostAsync("/api/identity/tokens", new TrickledJson(started, check._release.Task));
            await started.Task;
            await Task.Delay(TimeSpan.FromMilliseconds(500));   // its first bytes are through the gateway's admission
            return check;
        }

        public async ValueTask DisposeAsync()
        {
            _release.TrySetResult();
            if (_sending is not null) (await _sending).Dispose();
            _http.Dispose();
        }
    }

    private sealed class TrickledJson(TaskCompletionSource started, Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var padding = Encoding.ASCII.GetBytes(new string(' ', 512));
            await stream.WriteAsync(padding);
            await stream.FlushAsync();
            started.TrySetResult();
            while (!release.IsCompleted)
            {
                await Task.WhenAny(release, Task.Delay(TimeSpan.FromMilliseconds(500)));
                await stream.WriteAsync(padding);
                await stream.FlushAsync();
            }
            await stream.WriteAsync("{}"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
