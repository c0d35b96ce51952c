using AccountingPlatform.Images;

namespace AccountingPlatform.UnitTests.Images;

public sealed class ImageRuleTests
{
    [Fact]
    public void At_least_10_KB_includes_10_KB_and_says_so()
    {
        var rule = new ImageRule("标准证件照", 10 * 1024, 500 * 1024, 295, 413, ImageFormat.Jpeg) { MinIncluded = true };
        Assert.True(rule.SizeAllowed(10 * 1024));
        Assert.False(rule.SizeAllowed(10 * 1024 - 1));
        Assert.Equal("不小于10KB且不超过500KB", rule.SizeText);
    }

    [Fact]
    public void Over_20_KB_excludes_20_KB_and_500_KB_is_the_most()
    {
        var rule = new ImageRule("证件正面", 20 * 1024, 500 * 1024, 1, 1, ImageFormat.Jpeg, ImageFormat.Png);
        Assert.False(rule.SizeAllowed(20 * 1024));
        Assert.True(rule.SizeAllowed(20 * 1024 + 1));
        Assert.True(rule.SizeAllowed(500 * 1024));
        Assert.False(rule.SizeAllowed(500 * 1024 + 1));
        Assert.Equal("大于20KB且不超过500KB", rule.SizeText);
    }
}
