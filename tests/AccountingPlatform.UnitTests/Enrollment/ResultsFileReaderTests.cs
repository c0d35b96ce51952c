using AccountingPlatform.Enrollment.Results;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>A results file read line by line as it streams: the same rule as a whole file, with the errors listed up to a cap and counted past it.</summary>
public sealed class ResultsFileReaderTests
{
    private static readonly HashSet<string> Subjects = ["ZJ-SW", "ZJ-CG", "ZJ-JJF"];

    private static ResultsFileReader Read(int maxListedErrors, params string[] lines)
    {
        var file = new ResultsFileReader(Subjects, maxListedErrors);
        foreach (var line in lines) file.Read(line);
        file.Finish();
        return file;
    }

    [Fact]
    public void Past_the_cap_errors_are_counted_but_not_listed_and_bad_lines_are_counted_once_each()
    {
        var file = Read(3, ResultsCsv.Header,
            "ResidentIdCard,110105194912310021,ZJ-CG,80",
            "ResidentIdCard,1101,ZJ-SW,59",          // two errors
            "Passport,E1,ZJ-XX,61",                  // two errors
            "Passport,E12345678,ZJ-SW,50");          // one error
        Assert.Equal((4, 1, 3, 5), (file.Lines, file.Valid, file.BadLines, file.ErrorCount));
        Assert.Equal([3, 3, 4], file.Errors.Select(e => e.Line).ToArray());
    }

    [Fact]
    public void A_line_repeating_an_earlier_one_names_its_first_line_however_far_back()
    {
        var lines = new List<string> { ResultsCsv.Header };
        for (var i = 0; i < 10_000; i++) lines.Add($"Passport,E{i:D8},ZJ-SW,70");
        lines.Add("Passport,E00000007,ZJ-SW,90");
        lines.Add("Passport,E00000007,ZJ-CG,90");   // another subject: not a repeat
        var file = Read(10, [.. lines]);
        var repeat = Assert.Single(file.Errors);
        Assert.Equal((10_002, "line", "与第9行重复"), (repeat.Line, repeat.Field, repeat.Message));
        Assert.Equal(10_001, file.Valid);
    }

    [Fact]
    public void A_refused_header_stops_the_check_but_the_lines_are_still_counted()
    {
        var file = Read(10, "a,b", "Passport,E12345678,ZJ-SW,70", "", "Passport,E12345679,ZJ-SW,70");
        Assert.Equal((2, 0, 1), (file.Lines, file.Valid, file.ErrorCount));
        Assert.True(file.HeaderRefused);
        Assert.Equal(ResultLineError.HeaderField, file.Errors[0].Field);
    }

    [Fact]
    public void A_file_of_only_a_header_says_it_has_no_rows()
    {
        var file = Read(10, ResultsCsv.Header, "", "  ");
        Assert.Equal((0, "file", "文件中没有成绩记录"), (file.Lines, file.Errors.Single().Field, file.Errors.Single().Message));
    }
}
