using AccountingPlatform.Identity.Accounts;

namespace AccountingPlatform.UnitTests.Identity;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, "Female")]
    [InlineData("360426199101010071", 1991, 1, 1, "Male")]
    public void Accepts_the_GB_11643_test_vectors_and_derives_birth_date_and_gender(string number, int y, int m, int d, string gender)
    {
        Assert.True(ResidentIdNumber.TryParse(number, Today, out var id));
        Assert.Equal(new DateOnly(y, m, d), id!.BirthDate);
        Assert.Equal(gender, id.Gender);
    }

    [Fact]
    public void Accepts_a_lower_case_check_character() => Assert.True(ResidentIdNumber.TryParse("11010519491231002x", Today, out _));

    [Theory]
    [InlineData("110105194912310021")] // wrong check character
    [InlineData("360426199101010072")] // wrong check character
    [InlineData("11010519491231002")]  // 17 characters
    [InlineData("1101051949123100A2")] // a letter in the body
    [InlineData("110105194902300025")] // 30 February: recomputed check, still not a date
    [InlineData("110105203001010011")] // born in the future
    public void Refuses_numbers_that_fail_the_checksum_or_carry_no_real_birth_date(string number) =>
        Assert.False(ResidentIdNumber.TryParse(number, Today, out _));

    [Fact]
    public void The_30_February_vector_has_a_valid_checksum_so_only_the_date_rule_refuses_it()
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const string body = "11010519490230002";
        var check = "10X98765432"[body.Select((c, i) => (c - '0') * weights[i]).Sum() % 11];
        Assert.False(ResidentIdNumber.TryParse(body + check, Today, out _));
    }
}
