using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>In a province linked to the personnel registry, only an approval by a department of that province counts.</summary>
public sealed class LinkedProvinceTests
{
    [Fact]
    public async Task A_record_approved_in_Beijing_opens_Beijing_but_not_Shanghai()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var me = candidate.Client;
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var submitted = await PersonnelRecords.FillAndSubmitAsync(candidate, "110105");   // 北京市朝阳区's department
        using var beijing = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var itemId = await PersonnelRecords.ReviewItemIdAsync(beijing, submitted.Json.GetProperty("id").GetGuid(), submitted.Json.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await beijing.PostAsync($"/api/review/items/{itemId}/approve")).Status);

        var exam = await Enrollments.DevelopmentExamCodeAsync(me);
        var inShanghai = await Enrollments.RequestAsync(candidate, exam, "310000", ["ZJ-SW"]);
        var shanghai = await Eventually.GetAsync(() => me.PostAsync(Enrollments.Path, inShanghai),
            r => r.Text.Contains("其他省份") || r.Status == HttpStatusCode.Created, "Enrollment learns of the approval");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, shanghai.Status);
        Assert.Equal("ENROLLMENT_PERSONNEL_RECORD_NOT_APPROVED", shanghai.ProblemCode);
        Assert.Contains("本省的会计管理部门", shanghai.Text);

        var inBeijing = await me.PostAsync(Enrollments.Path, await Enrollments.RequestAsync(candidate, exam, "110000", ["ZJ-SW"]));
        Assert.True(inBeijing.Status == HttpStatusCode.Created, inBeijing.ToString());
    }

    [Fact]
    public async Task A_pending_record_is_refused_with_where_it_stands_and_a_rejected_one_with_the_reviewers_reason()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var exam = await Enrollments.DevelopmentExamCodeAsync(candidate.Client);
        var submitted = await PersonnelRecords.FillAndSubmitAsync(candidate, "110105");
        var request = await Enrollments.RequestAsync(candidate, exam, "110000", ["ZJ-SW"]);

        var pending = await Eventually.GetAsync(() => candidate.Client.PostAsync(Enrollments.Path, request),
            r => r.Text.Contains("正在审核中"), "Enrollment learns the record is pending");
        Assert.Equal("ENROLLMENT_PERSONNEL_RECORD_NOT_APPROVED", pending.ProblemCode);
        var options = await candidate.Client.GetAsync($"/api/enrollment/me/exams/{exam}/provinces/110000");
        Assert.Equal("Linked", options.Json.GetProperty("kind").GetString());
        Assert.False(options.Json.GetProperty("formRequired").GetBoolean());
        Assert.Contains("正在审核中", options.Json.GetProperty("refusal").GetString());

        using var beijing = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var itemId = await PersonnelRecords.ReviewItemIdAsync(beijing, submitted.Json.GetProperty("id").GetGuid(), submitted.Json.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await beijing.PostAsync($"/api/review/items/{itemId}/reject", new { comment = "工作单位与劳动合同不符" })).Status);
        var rejected = await Eventually.GetAsync(() => candidate.Client.PostAsync(Enrollments.Path, request),
            r => r.Text.Contains("审核未通过"), "Enrollment learns the record was rejected");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.Status);
        Assert.Contains("工作单位与劳动合同不符", rejected.Text);
        Assert.Contains("会计人员信息采集", rejected.Text);
        Assert.Equal(0, (await candidate.Client.GetAsync(Enrollments.Path)).Json.GetProperty("total").GetInt32());
    }
}
