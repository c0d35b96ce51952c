using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Concurrency;

/// <summary>
/// Concurrent use is safe: a double click, two tabs or two reviewers at once never get a 500 and never leave a duplicate.
/// Every request either succeeds or is refused with a problem (409 when it lost to the concurrent one), and the stored
/// state is the one a single request would have left. (Parallel order creation: <c>Payment/OrderCreationTests</c>.)
/// </summary>
public sealed class ConcurrentUseTests
{
    private const int Parallel = 8;

    [Fact]
    public async Task Parallel_first_edits_and_uploads_of_one_record_make_one_record_and_no_500()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var me = candidate.Client;

        // The first edits race to create the record (asked again until PersonnelRecord knows the verification).
        var drafts = await Eventually.GetAsync(
            () => Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ =>
                me.PutAsync("/api/personnel/me/record", new { collectionScope = "AccountingPersonnel", departmentDivisionCode = "110105" }))),
            all => all.All(d => d.ProblemCode != "PERSONNEL_REALNAME_REQUIRED"), "PersonnelRecord learns of the real-name verification");
        AssertEachSucceededOrLostWithAProblem(drafts, HttpStatusCode.OK);
        Assert.Equal(1, await RecordRowsAsync(candidate.UserId));

        var uploads = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ =>
            PersonnelRecords.UploadAsync(me, "AccountingWorkProof", PersonnelRecords.Attachment())));
        AssertEachSucceededOrLostWithAProblem(uploads, HttpStatusCode.Created);
        Assert.Equal(1, await RecordRowsAsync(candidate.UserId));
        var record = await me.GetAsync("/api/personnel/me/record");
        Assert.Equal(HttpStatusCode.OK, record.Status);
    }

    [Fact]
    public async Task Parallel_decisions_on_one_item_decide_it_once()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var recordId = (await PersonnelRecords.FillAndSubmitAsync(candidate, "440305")).Json.GetProperty("id").GetGuid();
        using var reviewer = await Reviewers.LoginAsync(Reviewers.NanshanPhone);
        using var other = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        var itemId = await PersonnelRecords.ReviewItemIdAsync(reviewer, recordId, 1);

        var approvals = Enumerable.Range(0, Parallel / 2).Select(_ => reviewer.PostAsync($"/api/review/items/{itemId}/approve")).ToList();
        var rejections = Enumerable.Range(0, Parallel / 2).Select(_ => other.PostAsync($"/api/review/items/{itemId}/reject", new { comment = "照片不清晰，请重新上传" })).ToList();
        var release = other.PostAsync($"/api/review/items/{itemId}/release");
        var decisions = await Task.WhenAll(approvals.Concat(rejections));
        var all = decisions.Append(await release).ToList();
        Assert.All(all, d => Assert.True((int)d.Status < 500, d.ToString()));
        Assert.All(all.Where(d => (int)d.Status >= 400), d => Assert.False(string.IsNullOrEmpty(d.ProblemCode), d.ToString()));
        Assert.Single(decisions, d => d.Status == HttpStatusCode.OK);

        var audit = await reviewer.GetAsync($"/api/review/items/{itemId}/decisions");
        Assert.Single(audit.Json.EnumerateArray());
    }

    private static void AssertEachSucceededOrLostWithAProblem(ApiResponse[] responses, HttpStatusCode success)
    {
        Assert.All(responses, r => Assert.True(r.Status == success || r.Status == HttpStatusCode.Conflict && r.ProblemCode is { Length: > 0 }, r.ToString()));
        Assert.Contains(responses, r => r.Status == success);
    }

    private static Task<long> RecordRowsAsync(Guid userId) => DatabaseRows.CountAsync("personnel", "personnel_records", "UserId", userId);
}
