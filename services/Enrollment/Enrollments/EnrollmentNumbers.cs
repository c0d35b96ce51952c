using AccountingPlatform.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// 报名号, unique nationally: the exam year, the province's two digits, then a sequence per year and province shared by
/// every exam of that year (e.g. 2027 44 000123 → <c>202744000123</c>), so two exams of one year never give the same
/// number and the year sets numbers of different years apart. The counter row is taken inside the confirming
/// transaction, so two confirmations never share a number; a rolled-back confirmation gives its number back. The
/// database's unique index on the number is the guard.
/// </summary>
public static class EnrollmentNumbers
{
    public static async Task<string> NextAsync(EnrollmentDbContext db, int examYear, string provinceCode, CancellationToken cancellationToken)
    {
        var next = (await db.Database.SqlQuery<long>($"""
            INSERT INTO enrollment_number_counters (year, province_code, last_number) VALUES ({examYear}, {provinceCode}, 1)
            ON CONFLICT (year, province_code) DO UPDATE SET last_number = enrollment_number_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken)).Single();   // not composed: an INSERT cannot be a subquery
        return Format(examYear, provinceCode, next);
    }

    /// <summary>Four digits of year, two of province, at least six of sequence.</summary>
    public static string Format(int examYear, string provinceCode, long sequence) => $"{examYear:D4}{provinceCode[..2]}{sequence:D6}";
}
