using AccountingPlatform.Contracts;
using AccountingPlatform.Review.Items;

namespace AccountingPlatform.UnitTests.Review;

public sealed class ReviewQueueFilterTests
{
    private static readonly Guid Me = Guid.NewGuid();

    private static (ReviewQueueFilter? Filter, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem) Parse(
        string reviewerDivision = "440000", string? from = null, string? to = null, string? department = null, bool? claimedByMe = null) =>
        ReviewQueueFilter.Parse(reviewerDivision, Me, ReviewItemStatus.Pending, ReviewItemKind.PersonnelRecord, from, to, department, claimedByMe);

    [Fact]
    public void Without_filters_the_queue_is_the_reviewers_division()
    {
        var (filter, problem) = Parse();
        Assert.Null(problem);
        Assert.Equal(new ReviewQueueFilter("44", ReviewItemStatus.Pending, ReviewItemKind.PersonnelRecord, new BeijingDateRange(null, null)), filter);
    }

    [Fact]
    public void Submitted_days_are_Beijing_days_both_inclusive()
    {
        var (filter, _) = Parse(from: "2026-05-01", to: "2026-05-03");
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 16, 0, 0, TimeSpan.Zero), filter!.Submitted!.Start);
        Assert.Equal(new DateTimeOffset(2026, 5, 3, 16, 0, 0, TimeSpan.Zero), filter.Submitted.End);
    }

    [Fact]
    public void One_day_from_and_to_alike_is_that_whole_day()
    {
        var (filter, problem) = Parse(from: "2026-05-01", to: "2026-05-01");
        Assert.Null(problem);
        Assert.Equal(TimeSpan.FromDays(1), filter!.Submitted!.End - filter.Submitted.Start);
    }

    [Theory]
    [InlineData("2026-5-1", null, "submittedFrom")]
    [InlineData("2026/05/01", null, "submittedFrom")]
    [InlineData(null, "2026-02-30", "submittedTo")]
    [InlineData("2026-05-02", "2026-05-01", "submittedTo")]
    public void A_malformed_day_or_from_after_to_is_a_400_beside_the_field(string? from, string? to, string field)
    {
        var (filter, problem) = Parse(from: from, to: to);
        Assert.Null(filter);
        Assert.Equal(400, problem!.StatusCode);
        Assert.Equal("REVIEW_FILTER_INVALID", problem.ProblemDetails.Extensions["code"]);
        var errors = (IDictionary<string, string[]>)problem.ProblemDetails.Extensions["errors"]!;
        Assert.Contains("日期", Assert.Single(errors[field]));
    }

    [Fact]
    public void A_department_selects_itself_and_everything_under_it()
    {
        Assert.Equal("4403", Parse(department: "440300").Filter!.DivisionPrefix);
        Assert.Equal("440305", Parse(reviewerDivision: "440300", department: "440305").Filter!.DivisionPrefix);
        Assert.Equal("440305", Parse(reviewerDivision: "440305", department: "440305").Filter!.DivisionPrefix);
    }

    [Theory]
    [InlineData("440000", "110105")]
    [InlineData("440305", "440300")]
    [InlineData("440305", "440306")]
    public void A_department_outside_the_reviewers_division_is_refused_403(string reviewerDivision, string department)
    {
        var (filter, problem) = Parse(reviewerDivision: reviewerDivision, department: department);
        Assert.Null(filter);
        Assert.Equal(403, problem!.StatusCode);
        Assert.Equal("REVIEW_DEPARTMENT_OUT_OF_SCOPE", problem.ProblemDetails.Extensions["code"]);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("4403")]
    [InlineData("44030５")]
    public void An_unknown_department_code_is_a_400(string department)
    {
        var (_, problem) = Parse(department: department);
        Assert.Equal(400, problem!.StatusCode);
        Assert.Equal("REVIEW_FILTER_INVALID", problem.ProblemDetails.Extensions["code"]);
        Assert.Contains("department", ((IDictionary<string, string[]>)problem.ProblemDetails.Extensions["errors"]!).Keys);
    }

    [Fact]
    public void Claimed_by_me_selects_the_callers_claims_only_when_asked()
    {
        Assert.Equal(Me, Parse(claimedByMe: true).Filter!.ClaimedBy);
        Assert.Null(Parse(claimedByMe: false).Filter!.ClaimedBy);
        Assert.Null(Parse().Filter!.ClaimedBy);
    }

    [Fact]
    public void Counts_give_every_kind_and_status_zero_when_nothing_is_there()
    {
        var counts = ReviewItemCounts.Of(
            [(ReviewItemKind.PersonnelRecord, ReviewItemStatus.Pending, 3), (ReviewItemKind.PersonnelRecord, ReviewItemStatus.Superseded, 1),
             (ReviewItemKind.RealNameApplication, ReviewItemStatus.Rejected, 2)], claimedByMe: 1);
        Assert.Equal(new StatusCounts(3, 0, 0, 1), counts.PersonnelRecord);
        Assert.Equal(new StatusCounts(0, 0, 2, 0), counts.RealNameApplication);
        Assert.Equal(1, counts.ClaimedByMe);
    }
}
