using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>A client that retries a creating POST with the same Idempotency-Key gets the first answer, and nothing twice.</summary>
public sealed class IdempotencyKeyTests
{
    private static Task<ApiResponse> PostWithKeyAsync(PlatformClient client, string path, object body, string key) =>
        client.SendAsync(HttpMethod.Post, path, body, r => r.Headers.Add("Idempotency-Key", key));

    [Fact]
    public async Task A_retried_registration_answers_the_same_and_a_reused_key_for_another_body_is_refused()
    {
        using var emulator = new EmulatorClient();
        using var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        var code = await Candidate.SendSmsCodeAsync(client, emulator, phone, "Register");
        var form = new
        {
            certificateType = "ResidentIdCard", certificateNumber = TestIdentities.ResidentIdNumber(), name = "周九", phone,
            password = Candidate.DefaultPassword, confirmPassword = Candidate.DefaultPassword, smsCode = code,
        };
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKeyAsync(client, "/api/identity/users", form, key);
        Assert.True(first.Status == HttpStatusCode.Created, first.ToString());
        var retry = await PostWithKeyAsync(client, "/api/identity/users", form, key);
        Assert.Equal(HttpStatusCode.Created, retry.Status);
        Assert.Equal(first.Json.GetProperty("userId").GetGuid(), retry.Json.GetProperty("userId").GetGuid());
        Assert.Equal("true", retry.Raw.Headers.GetValues("Idempotent-Replayed").Single());

        var other = await PostWithKeyAsync(client, "/api/identity/users", form with { name = "吴十" }, key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal("IDENTITY_IDEMPOTENCY_KEY_REUSED", other.ProblemCode);

        // Without the key the same form is a second registration, and refused as one.
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync("/api/identity/users", form)).Status);
    }

    [Fact]
    public async Task A_retried_enrollment_gives_the_same_enrollment()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        // 广东 is not linked to the personnel registry: a verified real name and the form are enough.
        var enrollment = await Enrollments.RequestAsync(candidate, await Enrollments.DevelopmentExamCodeAsync(candidate.Client), "440000", ["ZJ-SW"],
            CandidateSteps.EligibleForm);
        var key = Guid.NewGuid().ToString();

        var first = await Eventually.GetAsync(() => PostWithKeyAsync(candidate.Client, "/api/enrollment/me/enrollments", enrollment, key),
            r => r.ProblemCode != "ENROLLMENT_REALNAME_REQUIRED", "Enrollment learns of the verification");
        Assert.True(first.Status == HttpStatusCode.Created, first.ToString());
        var retry = await PostWithKeyAsync(candidate.Client, "/api/enrollment/me/enrollments", enrollment, key);
        Assert.Equal(HttpStatusCode.Created, retry.Status);
        Assert.Equal(first.Json.GetProperty("id").GetGuid(), retry.Json.GetProperty("id").GetGuid());

        var mine = await candidate.Client.GetAsync("/api/enrollment/me/enrollments");
        Assert.Equal(1, mine.Json.GetProperty("total").GetInt32());
    }
}
