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

        var exam = (await me.GetAsync("/api/enrollment/exams")).Json[0].GetProperty("code").GetString();
        object Enrollment(string province) => new
        {
            examCode = exam, provinceCode = province, subjectCodes = new[] { "ZJ-SW" }, acceptedCommitment = true, acceptedLegalNotice = true,
        };
        var shanghai = await Eventually.GetAsync(() => me.PostAsync("/api/enrollment/me/enrollments", Enrollment("310000")),
            r => r.Text.Contains("其他省份") || r.Status == HttpStatusCode.Created, "Enrollment learns of the approval");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, shanghai.Status);
        Assert.Equal("ENROLLMENT_PERSONNEL_RECORD_NOT_APPROVED", shanghai.ProblemCode);
        Assert.Contains("本省的会计管理部门", shanghai.Text);

        var inBeijing = await me.PostAsync("/api/enrollment/me/enrollments", Enrollment("110000"));
        Assert.True(inBeijing.Status == HttpStatusCode.Created, inBeijing.ToString());
    }
}
