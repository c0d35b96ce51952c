using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using System.Net.Http.Headers;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>The candidate's side of 会计人员信息采集: uploads, entries, and a complete record.</summary>
public static class PersonnelRecords
{
    /// <summary>A standard photo that meets the rule: a JPEG of 295×413 pixels and over 10 KB.</summary>
    public static byte[] StandardPhoto() => TestImages.Jpeg(295, 413, entropyBytes: 12_000);

    /// <summary>A certificate scan or proof: a PNG over 20 KB and under 500 KB.</summary>
    public static byte[] Attachment() => TestImages.NoisePng(300, 200);

    public static Task<ApiResponse> UploadAsync(PlatformClient client, string kind, byte[] bytes, string fileName = "upload.jpg")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return client.PostAsync("/api/personnel/me/record/files", new MultipartFormDataContent { { new StringContent(kind), "kind" }, { file, "file", fileName } });
    }

    public static async Task<Guid> UploadOkAsync(PlatformClient client, string kind, byte[] bytes)
    {
        var uploaded = await UploadAsync(client, kind, bytes);
        Assert.True(uploaded.Status == HttpStatusCode.Created, $"uploading {kind}: {uploaded}");
        return uploaded.Json.GetProperty("id").GetGuid();
    }

    /// <summary>A new candidate, verified by Alipay, with a draft record (once PersonnelRecord knows of the verification); the caller disposes it.</summary>
    public static async Task<Candidate> VerifiedWithDraftAsync(EmulatorClient emulator)
    {
        var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        await Eventually.GetAsync(() => candidate.Client.PutAsync("/api/personnel/me/record", new { collectionScope = "AccountingPersonnel" }),
            r => r.ProblemCode != "PERSONNEL_REALNAME_REQUIRED", "PersonnelRecord learns of the verification");
        return candidate;
    }

    /// <summary>The credit code of an employer registered with Guangdong's provincial authority (440000).</summary>
    public const string GuangdongEmployerCreditCode = "91440000MA4UJ2XK3U";

    /// <summary>
    /// Fills every step of the wizard (once PersonnelRecord knows the candidate is verified) and submits it. The current
    /// job is at an employer registered in the department's province (Guangdong or Beijing), as seed 004 asks.
    /// </summary>
    public static async Task<ApiResponse> FillAndSubmitAsync(Candidate candidate, string departmentDivisionCode)
    {
        await FillAsync(candidate, departmentDivisionCode,
            departmentDivisionCode.StartsWith("44", StringComparison.Ordinal) ? GuangdongEmployerCreditCode : CandidateSteps.BeijingEmployerCreditCode);
        var submitted = await candidate.Client.PostAsync("/api/personnel/me/record/submit", new { commitment = true });
        Assert.True(submitted.Status == HttpStatusCode.OK, submitted.ToString());
        return submitted;
    }

    /// <summary>Fills every step of the wizard (once PersonnelRecord knows the candidate is verified), with a current job at the employer given.</summary>
    public static async Task FillAsync(Candidate candidate, string departmentDivisionCode, string employerCreditCode)
    {
        var me = candidate.Client;
        var draft = await Eventually.GetAsync(
            () => me.PutAsync("/api/personnel/me/record", new { collectionScope = "AccountingPersonnel", departmentDivisionCode }),
            r => r.ProblemCode != "PERSONNEL_REALNAME_REQUIRED", "PersonnelRecord learns of the real-name verification");
        Assert.True(draft.Status == HttpStatusCode.OK, draft.ToString());
        await UploadOkAsync(me, "StandardPhoto", StandardPhoto());
        await UploadOkAsync(me, "CertificateFront", Attachment());
        await UploadOkAsync(me, "CertificateBack", Attachment());
        Assert.Equal(HttpStatusCode.Created, (await me.PostAsync("/api/personnel/me/record/educations", CandidateSteps.Education)).Status);
        var proof = await UploadOkAsync(me, "AccountingWorkProof", Attachment());
        var work = await me.PostAsync("/api/personnel/me/record/work-experiences", CandidateSteps.Work(proof, employerCreditCode));
        Assert.True(work.Status == HttpStatusCode.Created, work.ToString());
    }

    /// <summary>The review item of a record version, once it has reached the reviewer's queue.</summary>
    public static async Task<Guid> ReviewItemIdAsync(PlatformClient reviewer, Guid recordId, int version)
    {
        var queue = await Eventually.GetAsync(() => reviewer.GetAsync("/api/review/items?status=Pending&kind=PersonnelRecord&pageSize=100"),
            r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("items").EnumerateArray()
                .Any(i => i.GetProperty("subjectId").GetGuid() == recordId && i.GetProperty("subjectVersion").GetInt32() == version),
            $"version {version} of the record reaches the review queue");
        return queue.Json.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("subjectId").GetGuid() == recordId && i.GetProperty("subjectVersion").GetInt32() == version).GetProperty("id").GetGuid();
    }
}
