using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>
/// The exam's stamp is its concurrency token: a change is saved only over the stamp it was loaded with (EF Core adds
/// <c>WHERE updated_at = @loaded</c> to the UPDATE), so the second of two saves from the same stamp changes nothing.
/// </summary>
public sealed class ExamStampConcurrencyTests
{
    private static readonly DateTimeOffset Loaded = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_change_to_an_exam_is_saved_over_the_stamp_it_was_loaded_with()
    {
        using var db = new EnrollmentDbContext(new DbContextOptionsBuilder<EnrollmentDbContext>()
            .UseNpgsql("Host=unused").Options);   // the model only: nothing is sent
        var exam = new Exam { Code = "2027-ZJ", Name = "2027年度全国中级会计资格考试", UpdatedAt = Loaded };
        db.Attach(exam);

        exam.Name = "2027年度全国中级会计资格考试（更正）";
        exam.UpdatedAt = ExamStamp.Next(exam.UpdatedAt, Loaded.AddSeconds(1));

        var stamp = db.Entry(exam).Property(e => e.UpdatedAt);
        Assert.True(stamp.Metadata.IsConcurrencyToken);
        Assert.Equal(Loaded, stamp.OriginalValue);   // what the UPDATE's WHERE compares: the stamp as loaded
        Assert.Equal(["UpdatedAt"], db.Model.FindEntityType(typeof(Exam))!.GetProperties().Where(p => p.IsConcurrencyToken).Select(p => p.Name));
    }
}
