using AccountingPlatform.Web.Components.Pages.Staff.Review;
using AccountingPlatform.Web.Sessions;

namespace AccountingPlatform.UnitTests.Web.Staff;

public sealed class StaffConsoleTextTests
{
    [Theory]
    [InlineData("staff", true)]
    [InlineData("staff/login", true)]
    [InlineData("staff/review/items/1?department=110111", true)]
    [InlineData("staff?x=1", true)]
    [InlineData("staffing", false)]
    [InlineData("login", false)]
    [InlineData("", false)]
    public void The_staff_area_is_staff_and_what_lies_under_it(string path, bool staff)
    {
        Assert.Equal(staff, StaffArea.Contains(path));
        Assert.Equal(staff ? "staff/login" : "login", StaffArea.LoginFor(path));
    }

    [Theory]
    [InlineData("学历信息有误", "请补充学信网验证报告", "学历信息有误。请补充学信网验证报告")]
    [InlineData("学历信息有误", "  ", "学历信息有误")]
    [InlineData(null, "照片背景不是白色", "照片背景不是白色")]
    [InlineData(null, null, "")]
    public void A_rejection_says_the_reason_chosen_then_the_reviewers_own_words(string? reason, string? comment, string expected) =>
        Assert.Equal(expected, new ReviewDecisionForm { Action = "reject", Reason = reason, Comment = comment }.CommentToSend);

    [Theory]
    [InlineData(null, "—")]
    [InlineData(0.4, "0 分")]
    [InlineData(59.6, "1 小时 0 分")]
    [InlineData(125.0, "2 小时 5 分")]
    [InlineData(60 * 24 * 2 + 180.0, "2 天 3 小时")]
    public void Waiting_times_read_in_minutes_hours_or_days(double? minutes, string expected) => Assert.Equal(expected, ReviewText.Duration(minutes));

    [Fact]
    public void A_province_reviewer_filters_by_its_cities_and_their_counties_and_a_county_reviewer_by_nothing_below()
    {
        var guangdong = ReviewQueueDepartments.Under("440000").ToList();
        Assert.Contains(guangdong, d => d.Value == "440300" && d.Text == "深圳市");
        Assert.Contains(guangdong, d => d.Value == "440305" && d.Text == "深圳市 · 南山区");
        Assert.True(guangdong.FindIndex(d => d.Value == "440300") < guangdong.FindIndex(d => d.Value == "440305"));
        Assert.Empty(ReviewQueueDepartments.Under("440305"));
    }
}
