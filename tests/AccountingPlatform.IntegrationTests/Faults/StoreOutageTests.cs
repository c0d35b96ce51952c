using System.Diagnostics;
using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Faults;

/// <summary>
/// Faults are survived: with Redis stopped, what needs it (captchas, SMS codes) answers at once with a 503 problem and
/// <c>Retry-After</c> instead of hanging or failing with a 500, and works again once Redis is back; after PostgreSQL
/// restarts, the services reconnect by themselves and a candidate goes on where they were; a service stopped and
/// started mid-journey catches up on the events it missed.
/// </summary>
public sealed class StoreOutageTests
{
    [Fact]
    public async Task With_Redis_down_a_captcha_is_a_quick_503_and_it_works_again_when_Redis_returns()
    {
        using var client = new PlatformClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/identity/captchas")).Status);
        try
        {
            await PlatformHost.Instance.StopResourceAsync("redis");
            var clock = Stopwatch.StartNew();
            var down = await client.PostAsync("/api/identity/captchas");
            clock.Stop();
            Assert.True(down.Status == HttpStatusCode.ServiceUnavailable, down.ToString());
            Assert.Equal("application/problem+json", down.ContentType);
            Assert.False(string.IsNullOrEmpty(down.ProblemCode));
            Assert.NotNull(down.Raw.Headers.RetryAfter);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"answered after {clock.Elapsed}: a candidate is not left waiting");
        }
        finally
        {
            await PlatformHost.Instance.StartResourceAsync("redis");
        }

        await Eventually.GetAsync(() => client.PostAsync("/api/identity/captchas"), r => r.Status == HttpStatusCode.Created,
            "captchas work again once Redis is back", TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task After_PostgreSQL_restarts_a_signed_in_candidate_goes_on_without_anything_restarted()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        Assert.Equal(HttpStatusCode.OK, (await candidate.Client.GetAsync("/api/identity/users/me")).Status);
        try
        {
            await PlatformHost.Instance.StopResourceAsync("postgres");
            var down = await candidate.Client.GetAsync("/api/identity/users/me");
            Assert.True((int)down.Status is 503 or 504, down.ToString());
        }
        finally
        {
            await PlatformHost.Instance.StartResourceAsync("postgres");
            Npgsql.NpgsqlConnection.ClearAllPools(); // this test process's own connections (the outbox readers) died with the server
        }

        var me = await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/identity/users/me"), r => r.Status == HttpStatusCode.OK,
            "Identity reconnects to PostgreSQL", TimeSpan.FromSeconds(60));
        Assert.Equal(candidate.Phone, me.Json.GetProperty("phone").GetString());
        var enrollmentExams = await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/enrollment/exams"), r => r.Status == HttpStatusCode.OK,
            "Enrollment reconnects to PostgreSQL", TimeSpan.FromSeconds(60));
        Assert.True(enrollmentExams.Json.GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_service_restarted_mid_journey_catches_up_on_what_happened_while_it_was_down()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        try
        {
            await PlatformHost.Instance.StopResourceAsync("personnel");
            await AlipayCertifications.VerifyAsync(candidate, emulator); // RealNameVerified waits in PersonnelRecord's queue
        }
        finally
        {
            await PlatformHost.Instance.StartResourceAsync("personnel");
        }

        var draft = await Eventually.GetAsync(
            () => candidate.Client.PutAsync("/api/personnel/me/record", new { collectionScope = "AccountingPersonnel", departmentDivisionCode = "110105" }),
            r => r.Status == HttpStatusCode.OK, "PersonnelRecord, back, learns of the verification made while it was down", TimeSpan.FromSeconds(90));
        Assert.Equal("Draft", draft.Json.GetProperty("status").GetString());
    }
}
