using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.PersonnelRecord;

/// <summary>会计人员信息采集 through the gateway: the wizard's rules, review round trips, and who may see the files.</summary>
public sealed class PersonnelRecordTests
{
    [Fact]
    public async Task A_rejected_record_is_edited_resubmitted_and_approved_and_the_notice_shows_the_comment()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var submitted = await PersonnelRecords.FillAndSubmitAsync(candidate, "440305");
        var recordId = submitted.Json.GetProperty("id").GetGuid();
        Assert.Equal("广东省 / 深圳市 / 南山区", submitted.Json.GetProperty("departmentName").GetString());

        using var guangdong = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        var first = await PersonnelRecords.ReviewItemIdAsync(guangdong, recordId, 1);
        Assert.Equal(HttpStatusCode.OK, (await guangdong.PostAsync($"/api/review/items/{first}/reject", new { comment = "标准证件照背景不符合要求" })).Status);
        var notice = await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/personnel/me/record"),
            r => r.Json.GetProperty("status").GetString() == "Rejected", "the rejection reaches the record");
        Assert.Equal("标准证件照背景不符合要求", notice.Json.GetProperty("reviewComment").GetString());

        await PersonnelRecords.UploadOkAsync(candidate.Client, "StandardPhoto", PersonnelRecords.StandardPhoto());
        var resubmitted = await candidate.Client.PostAsync("/api/personnel/me/record/submit", new { commitment = true });
        Assert.Equal("Pending", resubmitted.Json.GetProperty("status").GetString());
        Assert.Equal("REVIEW_ALREADY_DECIDED", (await guangdong.PostAsync($"/api/review/items/{first}/approve")).ProblemCode);

        var second = await PersonnelRecords.ReviewItemIdAsync(guangdong, recordId, 2);
        Assert.Equal(HttpStatusCode.OK, (await guangdong.PostAsync($"/api/review/items/{second}/approve")).Status);
        await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/personnel/me/record"),
            r => r.Json.GetProperty("status").GetString() == "Approved", "the approval reaches the record");
    }

    [Fact]
    public async Task Changing_an_approved_record_sends_it_back_and_locks_enrollment_until_approved_again()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var recordId = (await PersonnelRecords.FillAndSubmitAsync(candidate, "110105")).Json.GetProperty("id").GetGuid();
        using var beijing = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        Assert.Equal(HttpStatusCode.OK, (await beijing.PostAsync($"/api/review/items/{await PersonnelRecords.ReviewItemIdAsync(beijing, recordId, 1)}/approve")).Status);
        await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/personnel/me/record"),
            r => r.Json.GetProperty("status").GetString() == "Approved", "the approval reaches the record");

        var educations = await candidate.Client.GetAsync("/api/personnel/me/record/educations");
        var educationId = educations.Json[0].GetProperty("id").GetGuid();
        var edited = await candidate.Client.PutAsync($"/api/personnel/me/record/educations/{educationId}", CandidateSteps.Education);
        Assert.Equal(HttpStatusCode.OK, edited.Status);
        var record = await candidate.Client.GetAsync("/api/personnel/me/record");
        Assert.Equal("Draft", record.Json.GetProperty("status").GetString());

        var enrollment = await Enrollments.RequestAsync(candidate, await Enrollments.DevelopmentExamCodeAsync(candidate.Client), "110000", ["ZJ-SW"]);
        var refused = await Eventually.GetAsync(() => candidate.Client.PostAsync("/api/enrollment/me/enrollments", enrollment),
            r => r.Json.TryGetProperty("detail", out var d) && d.GetString()!.Contains("重新提交"), "Enrollment learns the record was reopened");
        Assert.Equal("ENROLLMENT_PERSONNEL_RECORD_NOT_APPROVED", refused.ProblemCode);

        var resubmitted = await candidate.Client.PostAsync("/api/personnel/me/record/submit", new { commitment = true });
        Assert.Equal("Pending", resubmitted.Json.GetProperty("status").GetString());
        await PersonnelRecords.ReviewItemIdAsync(beijing, recordId, resubmitted.Json.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Bad_files_invalid_credit_codes_and_impossible_dates_are_refused_and_nothing_is_stored()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await PersonnelRecords.VerifiedWithDraftAsync(emulator);
        var me = candidate.Client;

        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 30_000) + "\n%%EOF");
        (string Kind, byte[] Bytes, string Says)[] bad =
        [
            ("CertificateFront", pdf, "JPG或PNG"),                                        // a renamed PDF
            ("StandardPhoto", TestImages.Jpeg(295, 413, entropyBytes: 9_000), "10KB"),    // 9 KB
            ("StandardPhoto", TestImages.Jpeg(294, 413, entropyBytes: 12_000), "295×413"), // one pixel too narrow
            ("StandardPhoto", TestImages.NoisePng(295, 413), "JPG"),                       // a PNG where a JPG is asked for
            ("CertificateBack", TestImages.NoisePng(418, 409), "500KB"),                   // 501 KB
        ];
        Assert.InRange(bad[^1].Bytes.Length, 500 * 1024 + 1, 502 * 1024);
        foreach (var (kind, bytes, says) in bad)
        {
            var response = await PersonnelRecords.UploadAsync(me, kind, bytes);
            Assert.True(response.Status == HttpStatusCode.BadRequest, $"{kind} ({bytes.Length} bytes): {response}");
            Assert.Contains(says, response.Json.GetProperty("errors").GetProperty("file")[0].GetString());
        }

        var badWork = await me.PostAsync("/api/personnel/me/record/work-experiences", new
        {
            startDate = "2030-01-01", endDate = "2020-01-01", employer = "某公司", creditCode = "91110000600037341M", employerType = "Enterprise",
            industry = "制造业", address = "北京", phone = "010-1", hasAccountingWork = true, accountingWorks = Array.Empty<object>(),
        });
        Assert.Equal("PERSONNEL_WORK_EXPERIENCE_INVALID", badWork.ProblemCode);
        var errors = badWork.Json.GetProperty("errors");
        foreach (var field in new[] { "startDate", "endDate", "creditCode", "accountingWorks", "proofFileId" })
            Assert.True(errors.TryGetProperty(field, out _), $"{field} in {errors}");

        var badEducation = await me.PostAsync("/api/personnel/me/record/educations", new
        {
            trainingMode = "FullTime", school = "某大学", level = "Bachelor", degree = "Bachelor", major = "会计",
            startDate = "2014-09-01", graduationDate = "2012-07-01", overseas = true,
        });
        Assert.Equal("PERSONNEL_EDUCATION_INVALID", badEducation.ProblemCode);
        Assert.True(badEducation.Json.GetProperty("errors").TryGetProperty("graduationDate", out _));
        Assert.True(badEducation.Json.GetProperty("errors").TryGetProperty("overseasCertificationFileId", out _));

        var record = await me.GetAsync("/api/personnel/me/record");
        Assert.Equal(JsonNull, record.Json.GetProperty("standardPhotoUrl").ValueKind);
        Assert.Equal(0, record.Json.GetProperty("educations").GetInt32());
        Assert.Equal(0, record.Json.GetProperty("workExperiences").GetInt32());
        var incomplete = await me.PostAsync("/api/personnel/me/record/submit", new { commitment = true });
        Assert.Equal("PERSONNEL_RECORD_INCOMPLETE", incomplete.ProblemCode);
    }

    [Fact]
    public async Task An_upload_kind_is_a_name_as_in_every_JSON_body_not_a_number_or_padded_text()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await PersonnelRecords.VerifiedWithDraftAsync(emulator);
        var me = candidate.Client;

        foreach (var kind in new[] { "0", " StandardPhoto", "StandardPhoto ", "7" })
        {
            var response = await PersonnelRecords.UploadAsync(me, kind, PersonnelRecords.StandardPhoto());
            Assert.True(response.Status == HttpStatusCode.BadRequest, $"kind \"{kind}\": {response}");
            Assert.Equal("PERSONNEL_FILE_INVALID", response.ProblemCode);
            Assert.Contains("StandardPhoto", response.Json.GetProperty("errors").GetProperty("kind")[0].GetString());
        }
        Assert.Equal(JsonNull, (await me.GetAsync("/api/personnel/me/record")).Json.GetProperty("standardPhotoUrl").ValueKind);

        await PersonnelRecords.UploadOkAsync(me, "StandardPhoto", PersonnelRecords.StandardPhoto());
        Assert.NotEqual(JsonNull, (await me.GetAsync("/api/personnel/me/record")).Json.GetProperty("standardPhotoUrl").ValueKind);
    }

    [Fact]
    public async Task Overlapping_periods_at_one_employer_are_refused_and_a_second_job_elsewhere_is_not()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await PersonnelRecords.VerifiedWithDraftAsync(emulator);
        var me = candidate.Client;
        var proof = await PersonnelRecords.UploadOkAsync(me, "AccountingWorkProof", PersonnelRecords.Attachment());
        const string path = "/api/personnel/me/record/work-experiences";

        var first = await me.PostAsync(path, CandidateSteps.Work(proof));
        Assert.True(first.Status == HttpStatusCode.Created, first.ToString());
        for (var i = 0; i < 4; i++)   // the same job again, as the issue's five identical entries
        {
            var again = await me.PostAsync(path, CandidateSteps.Work(proof));
            Assert.Equal(HttpStatusCode.BadRequest, again.Status);
            Assert.Equal("PERSONNEL_WORK_EXPERIENCE_OVERLAPS", again.ProblemCode);
            Assert.Contains("重叠", again.Json.GetProperty("errors").GetProperty("startDate")[0].GetString());
        }
        // The same employer by name alone (another credit code typed), inside the first period: refused too.
        var byName = await me.PostAsync(path, new
        {
            startDate = "2016-03-01", endDate = "2017-02-28", employer = "北京某某会计师事务所", creditCode = "914403007261824992",
            employerType = "Enterprise", industry = "商务服务业", address = "北京市朝阳区建国路1号", phone = "010-12345678", hasAccountingWork = false,
        });
        Assert.Equal("PERSONNEL_WORK_EXPERIENCE_OVERLAPS", byName.ProblemCode);

        // A second job elsewhere at the same time is fine, and editing an entry does not clash with itself.
        var elsewhere = await me.PostAsync(path, new
        {
            startDate = "2016-03-01", endDate = "2017-02-28", employer = "深圳某某科技有限公司", creditCode = "914403007261824992",
            employerType = "Enterprise", industry = "软件和信息技术服务业", address = "深圳市南山区科技园1号", phone = "0755-12345678", hasAccountingWork = false,
        });
        Assert.True(elsewhere.Status == HttpStatusCode.Created, elsewhere.ToString());
        var edited = await me.PutAsync($"{path}/{first.Json.GetProperty("id").GetGuid()}", CandidateSteps.Work(proof));
        Assert.True(edited.Status == HttpStatusCode.OK, edited.ToString());
        Assert.Equal(2, (await me.GetAsync(path)).Json.GetArrayLength());
    }

    [Fact]
    public async Task Files_are_readable_by_their_owner_and_reviewers_covering_the_department_only()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var submitted = await PersonnelRecords.FillAndSubmitAsync(candidate, "110105");
        var photoUrl = submitted.Json.GetProperty("standardPhotoUrl").GetString()!;

        var own = await candidate.Client.GetAsync(photoUrl);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal("image/jpeg", own.ContentType);
        Assert.Equal("attachment", own.Raw.Content.Headers.ContentDisposition?.DispositionType);
        using var beijing = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        Assert.Equal(HttpStatusCode.OK, (await beijing.GetAsync(photoUrl)).Status);
        using var guangdong = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.GetAsync(photoUrl)).Status);
        using var other = await Candidate.RegisterAsync(emulator);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(photoUrl)).Status);
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
