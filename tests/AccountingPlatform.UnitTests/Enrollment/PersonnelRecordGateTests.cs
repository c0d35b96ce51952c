using AccountingPlatform.Enrollment.Candidates;
using AccountingPlatform.Enrollment.Enrollments;

namespace AccountingPlatform.UnitTests.Enrollment;

public sealed class PersonnelRecordGateTests
{
    [Fact]
    public void A_record_approved_by_a_department_of_the_province_passes() =>
        Assert.Null(PersonnelRecordGate.RefusalFor(
            new CandidateEligibility { PersonnelRecord = PersonnelRecordState.Approved, PersonnelRecordDivisionCode = "110105" }, "110000"));

    [Theory]
    [InlineData("110105", "310000")]   // approved in Beijing, enrolling in Shanghai
    [InlineData(null, "110000")]       // approved, but where is unknown
    public void A_record_approved_in_another_province_is_refused_with_where_to_fix_it(string? department, string province)
    {
        var refusal = PersonnelRecordGate.RefusalFor(
            new CandidateEligibility { PersonnelRecord = PersonnelRecordState.Approved, PersonnelRecordDivisionCode = department }, province);
        Assert.Contains("其他省份", refusal);
        Assert.Contains("会计人员信息采集", refusal);
    }

    [Fact]
    public void A_rejected_record_is_refused_with_the_reviewers_comment_and_where_to_fix_it()
    {
        var refusal = PersonnelRecordGate.RefusalFor(new CandidateEligibility { PersonnelRecord = PersonnelRecordState.Rejected, PersonnelRecordComment = "照片不清晰" }, "110000");
        Assert.Contains("照片不清晰", refusal);
        Assert.Contains("会计人员信息采集", refusal);
    }

    [Fact]
    public void A_pending_record_is_refused_as_under_review() =>
        Assert.Contains("审核中", PersonnelRecordGate.RefusalFor(new CandidateEligibility { PersonnelRecord = PersonnelRecordState.Pending }, "110000"));

    [Fact]
    public void A_candidate_without_a_record_is_told_to_collect_first() =>
        Assert.Contains("信息采集", PersonnelRecordGate.RefusalFor(null, "110000"));

    [Fact]
    public void Events_about_an_older_record_version_do_not_overwrite_a_newer_state()
    {
        var candidate = new CandidateEligibility();
        candidate.ApplyPersonnelRecord(2, PersonnelRecordState.Pending, null);
        candidate.ApplyPersonnelRecord(1, PersonnelRecordState.Approved, null);
        Assert.Equal(PersonnelRecordState.Pending, candidate.PersonnelRecord);
    }

    [Fact]
    public void A_reopened_record_must_be_submitted_and_approved_again() =>
        Assert.Contains("重新提交", PersonnelRecordGate.RefusalFor(new CandidateEligibility { PersonnelRecord = PersonnelRecordState.Reopened }, "110000"));
}
