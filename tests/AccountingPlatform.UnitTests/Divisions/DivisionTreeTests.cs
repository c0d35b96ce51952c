using AccountingPlatform.Divisions;

namespace AccountingPlatform.UnitTests.Divisions;

public sealed class DivisionTreeTests
{
    private static readonly DivisionTree Tree = DivisionTree.Instance;

    [Fact]
    public void The_tree_has_every_province_with_six_digit_codes()
    {
        Assert.Equal(31, Tree.Provinces.Count);
        Assert.All(Tree.Provinces, p => Assert.Matches("^[1-6][0-9]0000$", p.Code));
        Assert.Equal("广东省", Tree.Find("440000")!.Name);
    }

    [Theory]
    [InlineData("440305", true)]    // 南山区
    [InlineData("441900", true)]    // 东莞市: no counties, so the city is chosen
    [InlineData("440300", false)]   // 深圳市 has districts
    [InlineData("440000", false)]
    public void Counties_and_cities_without_counties_are_the_level_a_person_chooses(string code, bool countyLevel) =>
        Assert.Equal(countyLevel, Tree.Find(code)!.IsCountyLevel);

    [Fact]
    public void Full_names_leave_out_the_municipal_placeholder_level()
    {
        Assert.Equal("广东省 / 深圳市 / 南山区", Tree.FullName("440305"));
        Assert.Equal("北京市 / 朝阳区", Tree.FullName("110105"));
        Assert.DoesNotContain(Tree.ChildrenOf("441900"), d => d.Code.Length != 6);
    }
}
