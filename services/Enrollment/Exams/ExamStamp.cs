namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// An exam's stamp (<see cref="Exam.UpdatedAt"/>): it moves forward on every change candidates would see — the exam,
/// any province's terms, publishing — so an instance holding the exam's terms (<see cref="ExamTermsCache"/>) knows
/// they are current when the stamp stored is the one it holds. Whole microseconds (what PostgreSQL stores), and
/// strictly later than the one before even when the clock has not moved on or has gone back. It is the exam's
/// concurrency token too: a change is saved only over the stamp it was loaded with, so two administrators saving the
/// same exam from the same stamp (on two instances, in the same microsecond) cannot both write the same next stamp —
/// the second changes nothing and gets 409 <c>ENROLLMENT_CONCURRENT_CHANGE</c> (<c>DefaultExceptionHandler</c>).
/// </summary>
public static class ExamStamp
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static DateTimeOffset Next(DateTimeOffset previous, DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var whole = new DateTimeOffset(utc.Ticks - utc.Ticks % TicksPerMicrosecond, TimeSpan.Zero);
        return whole > previous ? whole : previous.ToUniversalTime().AddTicks(TicksPerMicrosecond);
    }
}
