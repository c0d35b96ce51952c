using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.RealName;

/// <summary>线上实名认证: photos and a county, decided by a reviewer of that county, through the gateway.</summary>
public sealed class OnlineVerificationTests
{
    [Fact]
    public async Task A_reviewer_of_the_county_sees_the_photos_and_approves_and_the_candidate_is_verified()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var photos = new[] { OnlineApplications.Photo(), OnlineApplications.Photo(), OnlineApplications.Photo(360, 360) };

        var counties = await candidate.Client.GetAsync("/api/realname/divisions?parent=440300");
        Assert.Contains(counties.Json.EnumerateArray(), d => d.GetProperty("code").GetString() == "440305" && d.GetProperty("isCountyLevel").GetBoolean());

        var submitted = await OnlineApplications.SubmitAsync(candidate, "440305", photos);
        Assert.True(submitted.Status == HttpStatusCode.Created, submitted.ToString());
        Assert.Equal("Pending", submitted.Json.GetProperty("status").GetString());
        Assert.Equal("广东省 / 深圳市 / 南山区", submitted.Json.GetProperty("countyName").GetString());
        var applicationId = submitted.Json.GetProperty("id").GetGuid();
        var again = await OnlineApplications.SubmitAsync(candidate, "440305", photos);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("REALNAME_APPLICATION_PENDING", again.ProblemCode);

        using var guangdong = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        var item = await OnlineApplications.ReviewItemAsync(guangdong, applicationId, 1);
        var itemId = item.GetProperty("id").GetGuid();
        var opened = await guangdong.GetAsync($"/api/review/items/{itemId}");
        Assert.Equal(candidate.IdNumber, opened.Json.GetProperty("item").GetProperty("certificateNumber").GetString());
        Assert.NotEqual(candidate.IdNumber, item.GetProperty("certificateNumber").GetString());   // masked in the list
        var urls = opened.Json.GetProperty("item").GetProperty("attachmentUrls").EnumerateArray().Select(u => u.GetString()!).ToList();
        Assert.Equal(3, urls.Count);

        // The photos: to the reviewer of the county, as attachments, exactly as uploaded (PNG, whatever the upload claimed).
        var served = new List<byte[]>();
        foreach (var url in urls)
        {
            var photo = await guangdong.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, photo.Status);
            Assert.Equal("image/png", photo.ContentType);
            Assert.Equal("attachment", photo.Raw.Content.Headers.ContentDisposition?.DispositionType);
            served.Add(await photo.Raw.Content.ReadAsByteArrayAsync());
        }
        Assert.All(photos, p => Assert.Contains(served, s => s.AsSpan().SequenceEqual(p)));

        // Nobody else: not a reviewer of another province, not another candidate.
        using var beijing = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        Assert.Equal(HttpStatusCode.NotFound, (await beijing.GetAsync($"/api/review/items/{itemId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await beijing.PostAsync($"/api/review/items/{itemId}/approve")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await beijing.GetAsync(urls[0])).Status);
        using var other = await Candidate.RegisterAsync(emulator);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(urls[0])).Status);
        Assert.Equal(HttpStatusCode.OK, (await candidate.Client.GetAsync(urls[0])).Status);

        Assert.Equal(HttpStatusCode.OK, (await guangdong.PostAsync($"/api/review/items/{itemId}/approve")).Status);
        var status = await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/realname/me/status"),
            r => r.Json.GetProperty("verified").GetBoolean(), "ReviewApproved reaches RealName");
        Assert.Equal("Approved", status.Json.GetProperty("latestOnlineApplication").GetProperty("status").GetString());

        // RealNameVerified reaches information collection.
        var draft = await Eventually.GetAsync(
            () => candidate.Client.PutAsync("/api/personnel/me/record", new { collectionScope = "AccountingPersonnel", departmentDivisionCode = "440305" }),
            r => r.ProblemCode != "PERSONNEL_REALNAME_REQUIRED", "PersonnelRecord learns of the verification");
        Assert.True(draft.Status == HttpStatusCode.OK, draft.ToString());
    }

    [Fact]
    public async Task A_rejected_application_shows_the_reason_and_a_new_submission_can_be_approved()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var photos = new[] { OnlineApplications.Photo(), OnlineApplications.Photo(), OnlineApplications.Photo(360, 360) };
        var first = await OnlineApplications.SubmitAsync(candidate, "110105", photos);
        Assert.True(first.Status == HttpStatusCode.Created, first.ToString());
        var applicationId = first.Json.GetProperty("id").GetGuid();

        using var beijing = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var item = await OnlineApplications.ReviewItemAsync(beijing, applicationId, 1);
        var noComment = await beijing.PostAsync($"/api/review/items/{item.GetProperty("id").GetGuid()}/reject", new { comment = " " });
        Assert.Equal("REVIEW_COMMENT_REQUIRED", noComment.ProblemCode);
        Assert.Equal(HttpStatusCode.OK, (await beijing.PostAsync($"/api/review/items/{item.GetProperty("id").GetGuid()}/reject", new { comment = "手持证件照不清晰，请重新拍摄" })).Status);

        var rejected = await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/realname/me/status"),
            r => r.Json.GetProperty("latestOnlineApplication").GetProperty("status").GetString() == "Rejected", "ReviewRejected reaches RealName");
        Assert.Equal("手持证件照不清晰，请重新拍摄", rejected.Json.GetProperty("latestOnlineApplication").GetProperty("rejectionReason").GetString());
        Assert.False(rejected.Json.GetProperty("verified").GetBoolean());

        var second = await OnlineApplications.SubmitAsync(candidate, "110105", photos[0], photos[1], OnlineApplications.Photo(360, 360));
        Assert.True(second.Status == HttpStatusCode.Created, second.ToString());
        Assert.Equal(2, second.Json.GetProperty("version").GetInt32());
        var secondItem = await OnlineApplications.ReviewItemAsync(beijing, applicationId: second.Json.GetProperty("id").GetGuid(), version: 2);
        Assert.Equal(HttpStatusCode.OK, (await beijing.PostAsync($"/api/review/items/{secondItem.GetProperty("id").GetGuid()}/approve")).Status);
        await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/realname/me/status"),
            r => r.Json.GetProperty("verified").GetBoolean(), "the second application's approval verifies the candidate");
    }

    [Fact]
    public async Task Bad_photos_a_wrong_county_or_a_wrong_body_are_refused_and_nothing_is_stored()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var good = OnlineApplications.Photo();
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 40_000) + "\n%%EOF");
        var tiny = AccountingPlatform.Images.PngEncoder.Encode(330, 330, new byte[330 * 330 * 3]);   // blank: a few hundred bytes

        var bad = await OnlineApplications.SubmitAsync(candidate, "440300", pdf, tiny, OnlineApplications.Photo(300, 300));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("REALNAME_APPLICATION_INVALID", bad.ProblemCode);
        var errors = bad.Json.GetProperty("errors");
        Assert.Contains("JPG或PNG", errors.GetProperty("portraitSide")[0].GetString());
        Assert.Contains("20KB", errors.GetProperty("otherSide")[0].GetString());
        Assert.Contains("320×320", errors.GetProperty("handheld")[0].GetString());
        Assert.True(errors.TryGetProperty("countyCode", out _), "a city with districts is not a county");

        var missing = await candidate.Client.PostAsync("/api/realname/me/online-applications", OnlineApplications.Form("440305", good, null, null));
        Assert.True(missing.Json.GetProperty("errors").TryGetProperty("handheld", out _));

        var json = await candidate.Client.PostAsync("/api/realname/me/online-applications", new { countyCode = "440305" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.Status);
        Assert.Equal("application/problem+json", json.ContentType);

        var huge = new byte[2 * 1024 * 1024];
        Random.Shared.NextBytes(huge);
        var tooLarge = await candidate.Client.PostAsync("/api/realname/me/online-applications", OnlineApplications.Form("440305", huge, good, good));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Equal("application/problem+json", tooLarge.ContentType);

        var mine = await candidate.Client.GetAsync("/api/realname/me/online-applications");
        Assert.Equal(0, mine.Json.GetArrayLength());
    }
}
