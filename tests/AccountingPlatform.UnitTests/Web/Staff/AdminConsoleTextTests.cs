using System.Text.Json;
using AccountingPlatform.Web.Components.Pages.Staff.Admin;
using AccountingPlatform.Web.Platform.Admin;

namespace AccountingPlatform.UnitTests.Web.Staff;

/// <summary>What the administrators' pages make of what was typed (Beijing times, 元, subjects a line) and how they word the exam audit.</summary>
public sealed class AdminConsoleTextTests
{
    [Theory]
    [InlineData("2026-06-24T09:00", "2026-06-24T01:00:00+00:00")]
    [InlineData("2026-06-24T09:00:30", "2026-06-24T01:00:30+00:00")]
    [InlineData(" 2026-06-24T23:30 ", "2026-06-24T15:30:00+00:00")]
    public void A_datetime_local_input_is_Beijing_time(string typed, string utc)
    {
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), AdminText.FromLocalInput(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("明天上午")]
    [InlineData("2026-13-01T09:00")]
    public void What_is_not_a_time_is_sent_empty_for_the_API_to_refuse(string? typed) => Assert.Null(AdminText.FromLocalInput(typed));

    [Fact]
    public void A_time_is_shown_in_the_input_as_Beijing_wall_clock_time()
    {
        Assert.Equal("2026-06-24T09:00", AdminText.LocalInput(new DateTimeOffset(2026, 6, 24, 1, 0, 0, TimeSpan.Zero)));
        Assert.Equal("", AdminText.LocalInput(null));
    }

    [Theory]
    [InlineData("56", 5600L)]
    [InlineData("56.5", 5650L)]
    [InlineData(" 56.50 ", 5650L)]
    [InlineData("0", 0L)]
    [InlineData("56.555", null)]
    [InlineData("-1", null)]
    [InlineData("五十六", null)]
    [InlineData("", null)]
    public void A_fee_typed_in_yuan_is_sent_in_fen_or_empty_when_it_is_not_an_amount(string typed, long? fen) => Assert.Equal(fen, AdminText.Fen(typed));

    [Fact]
    public void A_fee_in_fen_is_shown_in_yuan_with_two_decimals()
    {
        Assert.Equal("56.00", AdminText.Yuan(5600));
        Assert.Equal("0.05", AdminText.Yuan(5));
    }

    [Fact]
    public void Subjects_are_read_one_a_line_as_code_then_name()
    {
        var form = new ExamForm { Year = "2027", Level = "Intermediate", Name = " 2027年度考试 ", Subjects = "ZJ-SW 中级会计实务\r\n  ZJ-CG\t财务管理 \n\nZJ-JJF　经济法\nZJ-X" };
        var request = JsonSerializer.SerializeToElement(form.Request());
        Assert.Equal(2027, request.GetProperty("year").GetInt32());
        Assert.Equal("2027年度考试", request.GetProperty("name").GetString());
        var subjects = request.GetProperty("subjects").EnumerateArray().Select(s => (s.GetProperty("code").GetString(), s.GetProperty("name").GetString())).ToList();
        Assert.Equal([("ZJ-SW", "中级会计实务"), ("ZJ-CG", "财务管理"), ("ZJ-JJF", "经济法"), ("ZJ-X", null)], subjects);   // a line without a name: the API says so
    }

    [Fact]
    public void A_year_that_is_not_a_number_and_no_level_are_sent_empty()
    {
        var request = JsonSerializer.SerializeToElement(new ExamForm { Year = "二〇二七", Level = "" }.Request());
        Assert.Equal(JsonValueKind.Null, request.GetProperty("year").ValueKind);
        Assert.Equal(JsonValueKind.Null, request.GetProperty("level").ValueKind);
        Assert.Empty(request.GetProperty("subjects").EnumerateArray());
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData(null, null)]
    public void Province_terms_are_sent_as_the_API_takes_them(string? linked, bool? expected)
    {
        var form = new ProvinceTermsForm
        {
            WindowOpensAt = "2026-06-24T09:00", WindowClosesAt = "2026-07-05T17:00", PaymentDeadline = "bad", FeeYuan = "56",
            Linked = linked, NoticeText = "第一段\r\n第二段", CommitmentText = "承诺",
        };
        var request = JsonSerializer.SerializeToElement(form.Request());
        Assert.Equal(new DateTimeOffset(2026, 6, 24, 9, 0, 0, TimeSpan.FromHours(8)), request.GetProperty("windowOpensAt").GetDateTimeOffset());   // the same instant
        Assert.Equal(JsonValueKind.Null, request.GetProperty("paymentDeadline").ValueKind);
        Assert.Equal(5600, request.GetProperty("feePerSubjectFen").GetInt64());
        Assert.Equal(expected, request.GetProperty("linkedToPersonnelRegistry").ValueKind == JsonValueKind.Null ? null : request.GetProperty("linkedToPersonnelRegistry").GetBoolean());
        Assert.Equal("第一段\n第二段", request.GetProperty("noticeText").GetString());   // the API versions the notice by its text: the browser's line ends are not a change
    }

    [Fact]
    public void A_province_terms_change_lists_what_changed_and_says_only_that_a_long_text_changed()
    {
        const string before = """{"ProvinceCode":"440000","WindowOpensAt":"2026-06-24T01:00:00+00:00","FeePerSubjectFen":5600,"LinkedToPersonnelRegistry":false,"NoticeVersion":1,"NoticeText":"第一版","CommitmentText":"承诺"}""";
        const string after = """{"ProvinceCode":"440000","WindowOpensAt":"2026-06-25T01:00:00+00:00","FeePerSubjectFen":5600,"LinkedToPersonnelRegistry":true,"NoticeVersion":2,"NoticeText":"第二版","CommitmentText":"承诺"}""";
        var lines = ExamChangeText.Describe(Change("ProvinceTermsUpdated", before, after));
        Assert.Equal(["报名开始：2026-06-24 09:00 → 2026-06-25 09:00", "连接会计人员库：否 → 是", "必读事项版本：1 → 2", "必读事项：已修改"], lines);
    }

    [Fact]
    public void A_created_exam_lists_what_it_was_created_with()
    {
        const string after = """{"Code":"2027-ZJ","Year":2027,"Level":"Intermediate","Name":"2027年度考试","Subjects":[{"Code":"ZJ-SW","Name":"中级会计实务"},{"Code":"ZJ-CG","Name":"财务管理"}]}""";
        Assert.Equal(["年度：2027", "名称：2027年度考试", "级别：中级", "科目：ZJ-SW 中级会计实务、ZJ-CG 财务管理"], ExamChangeText.Describe(Change("ExamCreated", null, after)));
    }

    [Fact]
    public void Publication_and_an_import_are_worded_and_an_unreadable_entry_says_nothing()
    {
        Assert.Equal(["发布：否 → 是"], ExamChangeText.Describe(Change("ExamPublished", """{"published":false}""", """{"published":true}""")));
        Assert.Equal(["导入条数：2"], ExamChangeText.Describe(Change("ResultsImported", null, """{"rows":2}""")));
        Assert.Empty(ExamChangeText.Describe(Change("ExamUpdated", null, "not json")));
        Assert.Equal("发布考试", AdminText.ChangeAction("ExamPublished"));
        Assert.Equal("取消发布", AdminText.ChangeAction("ExamUnpublished"));
        Assert.Equal("SomethingNew", AdminText.ChangeAction("SomethingNew"));
    }

    [Fact]
    public void A_new_reviewers_division_is_the_narrowest_chosen_and_an_administrator_has_none()
    {
        Assert.Equal("440106", new StaffAccountForm { Role = "reviewer", Province = "440000", City = "440100", County = "440106" }.DivisionCode);
        Assert.Equal("440100", new StaffAccountForm { Role = "reviewer", Province = "440000", City = "440100" }.DivisionCode);
        Assert.Equal("440000", new StaffAccountForm { Role = "reviewer", Province = "440000" }.DivisionCode);
        Assert.Null(new StaffAccountForm { Role = "admin", Province = "440000" }.DivisionCode);
    }

    private static ExamChangeView Change(string action, string? before, string? after) =>
        new(Guid.NewGuid(), "2027-ZJ", null, action, Guid.NewGuid(), DateTimeOffset.UnixEpoch, before, after);
}
