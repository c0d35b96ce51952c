using AccountingPlatform.Review.Audit;
using AccountingPlatform.Review.Items;
using AccountingPlatform.Review.Reasons;

namespace AccountingPlatform.UnitTests.Review;

public sealed class DecisionAuditFilterTests
{
    [Fact]
    public void Names_are_trimmed_a_division_selects_itself_and_below_and_days_are_Beijing_days()
    {
        var (filter, errors) = DecisionAuditFilter.Parse(" 张 ", "", "440300", ReviewItemStatus.Rejected, "2026-11-01", "2026-11-30");
        Assert.Null(errors);
        Assert.Equal("张", filter!.Reviewer);
        Assert.Null(filter.Candidate);
        Assert.Equal("4403", filter.DivisionPrefix);
        Assert.Equal(ReviewItemStatus.Rejected, filter.Decision);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero), filter.Decided!.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), filter.Decided.End);
    }

    [Fact]
    public void No_filter_searches_everything()
    {
        var (filter, errors) = DecisionAuditFilter.Parse(null, null, null, null, null, null);
        Assert.Null(errors);
        Assert.Equal(new DecisionAuditFilter(Decided: new BeijingDateRange(null, null)), filter);
    }

    [Theory]
    [InlineData(null, null, "999999", null, null, null, "division")]
    [InlineData(null, null, null, ReviewItemStatus.Pending, null, null, "decision")]
    [InlineData(null, null, null, ReviewItemStatus.Superseded, null, null, "decision")]
    [InlineData("张\0三", null, null, null, null, null, "reviewer")]
    [InlineData(null, "张三李四王五赵六张三李四王五赵六张三李四王五赵六张三李四王五赵六张三李四王五赵六张三李四王五赵六张三李四王五赵六", null, null, null, null, "candidate")]
    [InlineData(null, null, null, null, "2026-11", null, "from")]
    [InlineData(null, null, null, null, "2026-11-02", "2026-11-01", "to")]
    public void A_bad_filter_is_an_error_beside_its_field(string? reviewer, string? candidate, string? division, ReviewItemStatus? decision,
        string? from, string? to, string field)
    {
        var (filter, errors) = DecisionAuditFilter.Parse(reviewer, candidate, division, decision, from, to);
        Assert.Null(filter);
        Assert.Equal(field, Assert.Single(errors!.Keys));
    }

    [Fact]
    public void Every_kind_has_six_to_eight_distinct_rejection_reasons()
    {
        Assert.Equal(Enum.GetValues<AccountingPlatform.Contracts.ReviewItemKind>(), RejectionReasons.All.Select(r => r.Kind));
        Assert.All(RejectionReasons.All, list =>
        {
            Assert.InRange(list.Reasons.Count, 6, 8);
            Assert.Equal(list.Reasons.Count, list.Reasons.Distinct().Count());
            Assert.All(list.Reasons, r => Assert.InRange(r.Length, 4, 1000));
        });
    }
}
