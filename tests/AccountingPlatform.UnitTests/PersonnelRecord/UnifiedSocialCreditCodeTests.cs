using AccountingPlatform.PersonnelRecord.Work;

namespace AccountingPlatform.UnitTests.PersonnelRecord;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91110000600037341L", true)]    // the GB 32100-2015 test vector in SPEC
    [InlineData("91110000600037341M", false)]   // wrong check character
    [InlineData("91110000600037341", false)]    // 17 characters
    [InlineData("9111000060003734IL", false)]   // I is not in the alphabet
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Checks_the_check_character_and_the_alphabet(string? code, bool valid) =>
        Assert.Equal(valid, UnifiedSocialCreditCode.IsValid(code));
}
