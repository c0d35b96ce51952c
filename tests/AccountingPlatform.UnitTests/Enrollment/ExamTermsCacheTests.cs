using AccountingPlatform.Enrollment.Exams;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>An instance's held terms are used only for the stamp stored now; every change moves the stamp forward.</summary>
public sealed class ExamTermsCacheTests
{
    private static readonly DateTimeOffset Saved = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static Exam Exam(DateTimeOffset stamp, long fee = 5600) => new()
    {
        Code = "2027-ZJ", Name = "2027年度全国中级会计资格考试", Published = true, UpdatedAt = stamp,
        Provinces = [new() { ExamCode = "2027-ZJ", ProvinceCode = "440000", ProvinceName = "广东省", FeePerSubjectFen = fee }],
    };

    [Fact]
    public void The_held_terms_serve_while_the_stored_stamp_is_theirs_and_not_once_an_administrator_moved_it()
    {
        var cache = new ExamTermsCache();
        Assert.Null(cache.Find("2027-ZJ", Saved));   // nothing held yet: load

        var held = cache.Keep(Exam(Saved));
        Assert.Same(held, cache.Find("2027-ZJ", Saved));

        var changed = ExamStamp.Next(Saved, Saved.AddSeconds(5));   // the fee changed on another instance
        Assert.Null(cache.Find("2027-ZJ", changed));
        Assert.Null(cache.Find("2027-ZJ", Saved.AddMicroseconds(-1)));   // any other stamp, even an earlier one
        Assert.Null(cache.Find("2026-ZJ", Saved));
    }

    [Fact]
    public void Terms_loaded_after_a_change_replace_the_held_ones_and_terms_loaded_before_it_arriving_late_do_not()
    {
        var cache = new ExamTermsCache();
        var changed = ExamStamp.Next(Saved, Saved.AddSeconds(5));
        cache.Keep(Exam(Saved));
        cache.Keep(Exam(changed, fee: 6000));
        Assert.Equal(6000, cache.Find("2027-ZJ", changed)!.Provinces[0].FeePerSubjectFen);

        var late = cache.Keep(Exam(Saved));   // a slower request that read the old terms
        Assert.Equal(changed, late.UpdatedAt);
        Assert.Equal(6000, cache.Find("2027-ZJ", changed)!.Provinces[0].FeePerSubjectFen);
    }

    [Fact]
    public void A_change_takes_the_clock_in_whole_microseconds_as_its_stamp_when_the_clock_is_past_the_last_one()
    {
        var now = Saved.AddSeconds(5).AddTicks(7);   // 0.7 µs past a whole microsecond: PostgreSQL keeps microseconds
        Assert.Equal(Saved.AddSeconds(5), ExamStamp.Next(Saved, now));
        Assert.Equal(Saved, ExamStamp.Next(DateTimeOffset.MinValue, Saved.ToOffset(TimeSpan.FromHours(8))));   // a new exam
    }

    [Fact]
    public void A_change_within_the_same_microsecond_or_with_the_clock_gone_back_still_gets_a_later_stamp()
    {
        Assert.Equal(Saved.AddMicroseconds(1), ExamStamp.Next(Saved, Saved));
        Assert.Equal(Saved.AddMicroseconds(1), ExamStamp.Next(Saved, Saved.AddTicks(3)));
        Assert.Equal(Saved.AddMicroseconds(1), ExamStamp.Next(Saved, Saved.AddMinutes(-2)));
    }
}
