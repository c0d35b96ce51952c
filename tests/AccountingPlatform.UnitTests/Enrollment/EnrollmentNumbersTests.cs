using AccountingPlatform.Enrollment.Enrollments;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>报名号: year, the province's two digits, a sequence per year and province shared by every exam of the year.</summary>
public sealed class EnrollmentNumbersTests
{
    [Fact]
    public void A_number_reads_year_then_province_then_a_six_digit_sequence() =>
        Assert.Equal("202744000123", EnrollmentNumbers.Format(2027, "440000", 123));

    [Fact]
    public void Numbers_of_two_years_or_two_provinces_never_meet_even_with_the_same_sequence()
    {
        string[] numbers = [EnrollmentNumbers.Format(2027, "440000", 1), EnrollmentNumbers.Format(2028, "440000", 1), EnrollmentNumbers.Format(2027, "110000", 1)];
        Assert.Equal(numbers.Length, numbers.Distinct().Count());
    }

    [Fact]
    public void A_sequence_past_six_digits_grows_instead_of_wrapping() =>
        Assert.Equal("2027441000000", EnrollmentNumbers.Format(2027, "440000", 1_000_000));
}
