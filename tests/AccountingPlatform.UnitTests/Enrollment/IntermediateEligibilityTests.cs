using AccountingPlatform.Enrollment.Enrollments;

namespace AccountingPlatform.UnitTests.Enrollment;

public sealed class IntermediateEligibilityTests
{
    [Theory]
    [InlineData(EducationLevel.JuniorCollege, 5)]
    [InlineData(EducationLevel.Bachelor, 4)]
    [InlineData(EducationLevel.SecondBachelor, 2)]
    [InlineData(EducationLevel.GraduateClass, 2)]
    [InlineData(EducationLevel.Master, 1)]
    [InlineData(EducationLevel.Doctor, 0)]
    public void Each_education_needs_its_years_of_accounting_work_and_one_year_less_is_refused_with_the_rule(EducationLevel education, int years)
    {
        Assert.Null(IntermediateEligibility.RefusalFor(education, years));
        Assert.Null(IntermediateEligibility.RefusalFor(education, years + 3));
        if (years == 0) return;
        var refusal = IntermediateEligibility.RefusalFor(education, years - 1);
        Assert.NotNull(refusal);
        Assert.Contains($"满{years}年", refusal);
        Assert.Contains($"为{years - 1}年", refusal);
    }
}
