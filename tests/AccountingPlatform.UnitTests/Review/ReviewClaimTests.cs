using AccountingPlatform.Review.Items;

namespace AccountingPlatform.UnitTests.Review;

public sealed class ReviewClaimTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Me = Guid.NewGuid(), Colleague = Guid.NewGuid();

    private static ReviewItem Item(Guid? claimedBy, DateTimeOffset? until) =>
        new() { DivisionCode = "440305", CandidateName = "张三", ClaimedBy = claimedBy, ClaimedUntil = until };

    [Fact]
    public void A_colleagues_live_claim_blocks_me() => Assert.True(ReviewClaim.HeldByAnother(Item(Colleague, Now.AddMinutes(5)), Me, Now));

    [Fact]
    public void A_stale_claim_blocks_nobody() => Assert.False(ReviewClaim.HeldByAnother(Item(Colleague, Now.AddSeconds(-1)), Me, Now));

    [Fact]
    public void My_own_claim_and_no_claim_block_nobody()
    {
        Assert.False(ReviewClaim.HeldByAnother(Item(Me, Now.AddMinutes(5)), Me, Now));
        Assert.False(ReviewClaim.HeldByAnother(Item(null, null), Me, Now));
    }

    [Fact]
    public void Changes_list_changed_added_and_removed_lines()
    {
        var changes = SnapshotComparison.Compare(
            new() { ["姓名"] = "张三", ["教育经历1"] = "中央财经大学", ["工作经历2"] = "某公司" },
            new() { ["姓名"] = "张三", ["教育经历1"] = "上海财经大学", ["标准证件照"] = "ab12" });
        Assert.Equal(3, changes.Count);
        Assert.Contains(new SnapshotChange("教育经历1", "中央财经大学", "上海财经大学"), changes);
        Assert.Contains(new SnapshotChange("标准证件照", null, "ab12"), changes);
        Assert.Contains(new SnapshotChange("工作经历2", "某公司", null), changes);
    }
}
