using System.Net;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>The candidate's side of an Alipay identity verification.</summary>
public static class AlipayCertifications
{
    /// <summary>Starts one (once RealName knows the candidate) and finishes it at the emulated Alipay with the given outcome.</summary>
    public static async Task<Guid> StartAndFinishAsync(Candidate candidate, EmulatorClient emulator, string outcome)
    {
        await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/realname/me/status"), r => r.Status == HttpStatusCode.OK, "RealName learns of the registration");
        var started = await candidate.Client.PostAsync("/api/realname/me/alipay-certifications");
        Assert.True(started.Status == HttpStatusCode.Created, started.ToString());
        await emulator.CompleteCertificationAsync(started.Json.GetProperty("certifyUrl").GetString()!, outcome);
        return started.Json.GetProperty("id").GetGuid();
    }

    /// <summary>A candidate whose real name Alipay has verified (the candidate comes back and the result is queried).</summary>
    public static async Task VerifyAsync(Candidate candidate, EmulatorClient emulator)
    {
        var id = await StartAndFinishAsync(candidate, emulator, "Pass");
        var result = await candidate.Client.GetAsync($"/api/realname/me/alipay-certifications/{id}");
        Assert.Equal("Passed", result.Json.GetProperty("status").GetString());
    }
}
