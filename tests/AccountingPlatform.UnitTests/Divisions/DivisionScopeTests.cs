using AccountingPlatform.Divisions;

namespace AccountingPlatform.UnitTests.Divisions;

public sealed class DivisionScopeTests
{
    [Theory]
    [InlineData("110000", "110105", true)]  // Beijing covers 朝阳区
    [InlineData("110000", "440305", false)] // not Shenzhen
    [InlineData("440000", "440305", true)]  // Guangdong covers 南山区
    [InlineData("440300", "440305", true)]  // Shenzhen city covers 南山区
    [InlineData("440300", "440105", false)] // not a Guangzhou district
    [InlineData("440305", "440305", true)]  // a county covers itself
    [InlineData("440305", "440306", false)] // and nothing beside it
    [InlineData("440000", "44", false)]     // malformed codes are inside nothing
    [InlineData("100", "100000", false)]    // and cover nothing
    public void A_reviewer_covers_its_own_division_and_what_lies_inside_it(string reviewer, string division, bool covered) =>
        Assert.Equal(covered, DivisionScope.Covers(reviewer, division));

    [Fact]
    public void The_query_prefix_agrees_with_the_tree_for_every_division()
    {
        var tree = DivisionTree.Instance;
        var all = tree.Provinces.SelectMany(p => new[] { p }.Concat(tree.ChildrenOf(p.Code).SelectMany(c => new[] { c }.Concat(tree.ChildrenOf(c.Code))))).ToList();
        foreach (var county in all.Where(d => d.Level == DivisionLevel.County))
        {
            for (var ancestor = tree.Find(county.ParentCode); ancestor is not null; ancestor = tree.Find(ancestor.ParentCode))
                Assert.True(DivisionScope.Covers(ancestor.Code, county.Code), $"{ancestor.Code} should cover {county.Code}");
        }
        Assert.All(tree.Provinces, p => Assert.DoesNotContain(tree.Provinces, q => q != p && DivisionScope.Covers(p.Code, q.Code)));
    }

    [Theory]
    [InlineData("440000", "44")]
    [InlineData("440300", "4403")]
    [InlineData("440305", "440305")]
    [InlineData("100", "100")]
    public void The_query_prefix_of_a_division(string code, string prefix) => Assert.Equal(prefix, DivisionScope.PrefixOf(code));
}
