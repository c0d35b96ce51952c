using AccountingPlatform.Enrollment.Enrollments;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>The 报名名单's position: the last row's (created, id), given to the client and read back as it was.</summary>
public sealed class EnrollmentListCursorTests
{
    [Fact]
    public void A_cursor_reads_back_as_the_row_it_was_made_from()
    {
        var cursor = new EnrollmentListCursor(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero).AddTicks(1234560), Guid.CreateVersion7());
        var text = cursor.Encode();
        Assert.Equal(cursor, EnrollmentListCursor.Parse(text));
        Assert.Matches("^[A-Za-z0-9_-]{32}$", text);   // safe in a query string as it is
    }

    [Fact]
    public void A_cursor_made_in_another_offset_is_the_same_instant() =>
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero),
            EnrollmentListCursor.Parse(new EnrollmentListCursor(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.FromHours(8)), Guid.Empty).Encode())!.CreatedAt);

    [Fact]
    public void Ticks_beyond_any_date_are_no_cursor() =>
        Assert.Null(EnrollmentListCursor.Parse(Convert.ToBase64String(Enumerable.Repeat((byte)0xFF, 24).ToArray()).Replace('+', '-').Replace('/', '_')));
}
