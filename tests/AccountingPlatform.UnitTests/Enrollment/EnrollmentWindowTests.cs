using AccountingPlatform.Enrollment.Exams;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>Where a province's window stands: the exam list says it by the same rule the submission applies.</summary>
public sealed class EnrollmentWindowTests
{
    private static readonly DateTimeOffset Opens = new(2027, 3, 10, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = new(2027, 3, 30, 15, 59, 59, TimeSpan.Zero);

    private static ExamProvince Terms() => new()
    {
        ExamCode = "2027-ZJ", ProvinceCode = "440000", ProvinceName = "广东省", WindowOpensAt = Opens, WindowClosesAt = Closes,
    };

    [Fact]
    public void Before_the_window_it_has_not_opened() => Assert.Equal(EnrollmentWindow.NotYetOpen, Terms().WindowAt(Opens.AddSeconds(-1)));

    [Fact]
    public void From_its_first_to_its_last_moment_it_is_open_as_a_submission_finds_it()
    {
        foreach (var moment in new[] { Opens, Opens.AddDays(5), Closes })
        {
            Assert.Equal(EnrollmentWindow.Open, Terms().WindowAt(moment));
            Assert.True(Terms().IsOpenAt(moment));
        }
    }

    [Fact]
    public void After_the_window_it_is_closed() => Assert.Equal(EnrollmentWindow.Closed, Terms().WindowAt(Closes.AddSeconds(1)));
}
