using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.Enrollment.Results;

namespace AccountingPlatform.UnitTests.Enrollment;

public sealed class ResultsCsvTests
{
    private static readonly HashSet<string> Subjects = ["ZJ-SW", "ZJ-CG", "ZJ-JJF"];

    /// <summary>The file read as the import reports it: its rows, and its errors line by line.</summary>
    private static (IReadOnlyList<ResultRow> Rows, Dictionary<string, string[]> Errors) Read(string text)
    {
        var check = ResultsCsv.Check(text, Subjects);
        return (check.Rows, check.ByLine());
    }

    [Fact]
    public void A_good_file_with_a_byte_order_mark_CRLF_and_blank_lines_gives_its_rows_with_their_line_numbers()
    {
        var (rows, errors) = Read("\uFEFFcertificateType, certificateNumber, subjectCode, score\r\nResidentIdCard,11010519491231002x,ZJ-SW,60\r\n\r\nPassport,E12345678,ZJ-JJF,99.5\r\n");
        Assert.Empty(errors);
        Assert.Equal([("11010519491231002X", 2, 60m), ("E12345678", 4, 99.5m)], rows.Select(r => (r.CertificateNumber, r.Line, r.Score)).ToArray());
    }

    [Theory]
    [InlineData("ResidentIdCard,110105194912310021,ZJ-SW", "应有4列")]
    [InlineData("ResidentIdCard,110105194912310021,ZJ-SW,101", "0至100")]
    [InlineData("ResidentIdCard,110105194912310021,ZJ-SW,-1", "0至100")]
    [InlineData("ResidentIdCard,110105194912310021,ZJ-SW,59.9", "未达到合格标准")]
    [InlineData("身份证,110105194912310021,ZJ-SW,70", "证件类型无效")]
    [InlineData("ResidentIdCard,1101,ZJ-SW,70", "证件号码无效")]
    [InlineData("ResidentIdCard,110105194912310021,CJ-SW,70", "不是本次考试的科目")]
    public void A_bad_line_is_reported_with_its_number_and_reason_and_no_row_is_returned_from_the_file(string line, string reason)
    {
        var (rows, errors) = Read($"{ResultsCsv.Header}\nResidentIdCard,110105194912310021,ZJ-CG,80\n{line}\n");
        Assert.Contains(reason, Assert.Single(errors["line:3"]));
        Assert.Single(errors);
        Assert.Single(rows);   // the caller imports nothing when there are errors; the good rows are still read
    }

    [Fact]
    public void A_file_without_the_header_or_without_rows_is_refused()
    {
        Assert.Contains("表头", Read("ResidentIdCard,110105194912310021,ZJ-CG,80\n").Errors["line:1"][0]);
        Assert.Contains("没有成绩记录", Read(ResultsCsv.Header + "\n").Errors["line:2"][0]);
    }

    private const string WithHolder = ResultsCsv.Header + "," + HolderColumns.Header;

    [Fact]
    public void A_file_may_say_what_the_exam_office_knew_of_the_person_and_each_row_carries_it()
    {
        var (rows, errors) = Read($"{WithHolder}\n" +
            "ResidentIdCard,110105194912310021,ZJ-SW,70,硕士学位,厦门大学,会计学,2020-06-30,厦门某某有限公司,福建省厦门市思明区某某路3号,361000\n" +
            "ResidentIdCard,110105194912310021,ZJ-CG,66,Master,,,,,,\n" +
            "Passport,E12345678,ZJ-CG,61,,,,,,,\n");
        Assert.Empty(errors);
        Assert.Equal(new EnrollmentForm(EducationLevel.Master, "厦门大学", "会计学", new DateOnly(2020, 6, 30), null, "厦门某某有限公司", "福建省厦门市思明区某某路3号", "361000"),
            rows[0].Holder);
        Assert.Equal(new EnrollmentForm(EducationLevel.Master, null, null, null, null, null, null, null), rows[1].Holder);
        Assert.Null(rows[2].Holder);
    }

    [Theory]
    [InlineData(",中专,,,,,,", "最高学历中专无效")]
    [InlineData(",,,,2020/06/30,,,", "yyyy-MM-dd")]
    [InlineData(",,,,,,,5100", "邮政编码")]
    [InlineData("", "应有11列")]
    public void A_bad_cell_about_the_person_is_reported_with_its_line(string afterScore, string reason)
    {
        var (_, errors) = Read($"{WithHolder}\nResidentIdCard,110105194912310021,ZJ-SW,70{afterScore}\n");
        Assert.Contains(reason, Assert.Single(errors["line:2"]));
    }

    [Fact]
    public void What_the_file_said_of_the_person_is_kept_and_read_back_unchanged()
    {
        var form = new EnrollmentForm(EducationLevel.SecondBachelor, "厦门大学", null, new DateOnly(2020, 6, 30), null, null, "福建省厦门市", "361000");
        Assert.Equal(form, HolderColumns.FromJson(HolderColumns.ToJson(form)));
        Assert.Null(HolderColumns.FromJson(HolderColumns.ToJson(null)));
    }

    [Fact]
    public void A_check_counts_the_lines_and_the_good_ones_and_names_each_bad_cell_by_line_and_column()
    {
        var check = ResultsCsv.Check($"{ResultsCsv.Header}\n" +
            "ResidentIdCard,110105194912310021,ZJ-CG,80\n" +
            "\n" +
            "ResidentIdCard,1101,ZJ-SW,59\n" +
            "ResidentIdCard,110105194912310021,ZJ-SW\n" +
            "ResidentIdCard,110105194912310021,ZJ-CG,90\n", Subjects);
        Assert.Equal(4, check.Lines);
        Assert.Single(check.Rows);
        Assert.Equal([(4, "certificateNumber"), (4, "score"), (5, "line"), (6, "line")], check.Errors.Select(e => (e.Line, e.Field)).ToArray());
        Assert.Equal("证件号码无效", check.Errors[0].Message);
        Assert.Contains("与第2行重复", check.Errors[3].Message);

        // The import reports the same errors, one sentence a line.
        var byLine = check.ByLine();
        Assert.Equal(["line:4", "line:5", "line:6"], byLine.Keys.ToArray());
        Assert.StartsWith("第4行：证件号码无效；成绩59未达到合格标准", Assert.Single(byLine["line:4"]));
        Assert.StartsWith("第5行：应有4列", Assert.Single(byLine["line:5"]));
    }

    [Fact]
    public void A_bad_cell_about_the_person_is_named_by_its_column()
    {
        var check = ResultsCsv.Check($"{WithHolder}\nResidentIdCard,110105194912310021,ZJ-SW,70,中专,,,2020/06/30,,,5100\n", Subjects);
        Assert.Equal(["highestEducation", "graduationDate", "postalCode"], check.Errors.Select(e => e.Field).ToArray());
        Assert.Equal((1, 0), (check.Lines, check.Rows.Count));
    }

    [Fact]
    public void A_header_or_empty_file_error_is_reported_as_it_is()
    {
        var header = ResultsCsv.Check("a,b\n", Subjects);
        Assert.Equal((1, "header"), (header.Errors.Single().Line, header.Errors.Single().Field));
        Assert.StartsWith("第1行须为表头", header.ByLine()["line:1"][0]);
        Assert.Equal("文件中没有成绩记录", ResultsCsv.Check(ResultsCsv.Header + "\n", Subjects).ByLine()["line:2"][0]);
    }
}
