using AccountingPlatform.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// 报名号: exam year, the province's two digits, then a sequence per exam and province (e.g. 2027 44 000123 →
/// <c>202744000123</c>). The counter row is taken inside the confirming transaction, so two confirmations never share
/// a number; a rolled-back confirmation gives its number back.
/// </summary>
public static class EnrollmentNumbers
{
    public static async Task<string> NextAsync(EnrollmentDbContext db, string examCode, int examYear, string provinceCode, CancellationToken cancellationToken)
    {
        var next = (await db.Database.SqlQuery<long>($"""
            INSERT INTO enrollment_number_counters (exam_code, province_code, last_number) VALUES ({examCode}, {provinceCode}, 1)
            ON CONFLICT (exam_code, province_code) DO UPDATE SET last_number = enrollment_number_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken)).Single();   // not composed: an INSERT cannot be a subquery
        return $"{examYear:D4}{provinceCode[..2]}{next:D6}";
    }
}
