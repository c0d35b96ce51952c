using AccountingPlatform.Review.Items;

namespace AccountingPlatform.UnitTests.Review;

public sealed class DivisionScopeTests
{
    [Theory]
    [InlineData("110000", "110105", true)]  // Beijing province covers Dongcheng... Chaoyang district
    [InlineData("110000", "440305", false)] // not Shenzhen
    [InlineData("440300", "440305", true)]  // Shenzhen city covers Nanshan
    [InlineData("440300", "440105", false)] // not a Guangzhou district
    [InlineData("440305", "440305", true)]  // a county covers itself
    [InlineData("440305", "440306", false)] // and nothing beside it
    public void A_reviewer_covers_the_divisions_inside_its_own(string reviewer, string item, bool covered) =>
        Assert.Equal(covered, DivisionScope.Covers(reviewer, item));
}
