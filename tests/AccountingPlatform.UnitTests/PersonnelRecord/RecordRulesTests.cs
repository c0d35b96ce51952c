using AccountingPlatform.PersonnelRecord.Educations;
using AccountingPlatform.PersonnelRecord.Work;

namespace AccountingPlatform.UnitTests.PersonnelRecord;

public sealed class RecordRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly Birth = new(1990, 5, 1);

    private static EducationRequest Education(DateOnly start, DateOnly graduation, bool overseas = false, Degree degree = Degree.Bachelor) =>
        new(TrainingMode.FullTime, "上海财经大学", EducationLevel.Bachelor, degree, "会计学", start, graduation, "1027212012000123", null, overseas, null);

    [Fact]
    public void A_sensible_education_passes() =>
        Assert.Empty(EducationValidator.Validate(Education(new(2008, 9, 1), new(2012, 7, 1)), Today, Birth, false));

    [Fact]
    public void Graduation_before_start_or_study_before_the_age_of_five_is_refused()
    {
        Assert.Contains("graduationDate", EducationValidator.Validate(Education(new(2012, 9, 1), new(2012, 7, 1)), Today, Birth, false).Keys);
        Assert.Contains("startDate", EducationValidator.Validate(Education(new(1991, 9, 1), new(1995, 7, 1)), Today, Birth, false).Keys);
        Assert.Contains("startDate", EducationValidator.Validate(Education(new(2027, 9, 1), new(2031, 7, 1)), Today, Birth, false).Keys);
    }

    [Fact]
    public void An_overseas_bachelors_degree_needs_the_certification_and_an_overseas_diploma_below_it_does_not()
    {
        var overseas = Education(new(2008, 9, 1), new(2012, 7, 1), overseas: true);
        Assert.Contains("overseasCertificationFileId", EducationValidator.Validate(overseas, Today, Birth, false).Keys);
        Assert.Empty(EducationValidator.Validate(overseas, Today, Birth, true));
        var college = overseas with { Level = EducationLevel.JuniorCollege, Degree = Degree.None };
        Assert.Empty(EducationValidator.Validate(college, Today, Birth, false));
    }

    private static WorkExperienceRequest Work(bool accounting, params AccountingWorkRequest[] works) =>
        new(new(2012, 8, 1), null, "某某会计师事务所", "91110000600037341L", EmployerType.Enterprise, "商务服务业", "北京市朝阳区建国路1号",
            "010-12345678", accounting, works, accounting ? Guid.NewGuid() : null);

    [Fact]
    public void Accounting_work_needs_entries_inside_the_job_and_a_proof()
    {
        Assert.Empty(WorkExperienceValidator.Validate(Work(true, new AccountingWorkRequest(new(2013, 1, 1), null, "出纳")), Today, Birth, true));
        Assert.Contains("accountingWorks", WorkExperienceValidator.Validate(Work(true), Today, Birth, true).Keys);
        Assert.Contains("proofFileId", WorkExperienceValidator.Validate(Work(true, new AccountingWorkRequest(new(2013, 1, 1), null, "出纳")), Today, Birth, false).Keys);
        Assert.Contains("accountingWorks[0].startDate",
            WorkExperienceValidator.Validate(Work(true, new AccountingWorkRequest(new(2011, 1, 1), null, "出纳")), Today, Birth, true).Keys);
    }

    [Fact]
    public void A_job_with_an_invalid_credit_code_or_ending_before_it_began_is_refused()
    {
        var errors = WorkExperienceValidator.Validate(Work(false) with { CreditCode = "91110000600037341M", EndDate = new(2011, 1, 1) }, Today, Birth, false);
        Assert.Contains("creditCode", errors.Keys);
        Assert.Contains("endDate", errors.Keys);
    }
}
