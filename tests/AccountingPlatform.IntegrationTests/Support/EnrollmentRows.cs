using Npgsql;
using NpgsqlTypes;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>
/// Enrollments written straight into Enrollment's database in the shape the submission writes them, for tests of what
/// staff read (lists): enrolling dozens of candidates through the gateway would test the submission again, only slower.
/// </summary>
public static class EnrollmentRows
{
    public sealed record Row(Guid Id, Guid UserId, string Province, string Status, DateTimeOffset CreatedAt, string? EnrollmentNumber);

    public static async Task InsertAsync(string examCode, IEnumerable<Row> rows)
    {
        await using var connection = new NpgsqlConnection(PlatformEnvironment.DatabaseConnectionString("enrollment"));
        await connection.OpenAsync();
        foreach (var r in rows)
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO enrollments ("Id", "UserId", "ExamCode", "ProvinceCode", "Kind", "SubjectCodes", "CarriedSubjectCodes", "FeePerSubjectFen",
                    "AmountFen", "NoticeVersion", "CommitmentAcceptedAt", contact, "Status", "CreatedAt", "PayBy", "PaidAt", "EnrollmentNumber")
                VALUES (@id, @user, @exam, @province, 'New', ARRAY['ZJ-SW'], ARRAY[]::text[], 5600, 5600, 1, @created,
                    '{"Email":"c@example.cn","MobilePhone":"13812345678"}', @status, @created, @payBy, @paidAt, @number)
                """, connection)
            {
                Parameters =
                {
                    new("id", r.Id), new("user", r.UserId), new("exam", examCode), new("province", r.Province), new("status", r.Status),
                    new("created", r.CreatedAt), new("payBy", r.CreatedAt.AddDays(10)),   // ahead: the expiry worker leaves the unpaid ones alone
                    new("paidAt", NpgsqlDbType.TimestampTz) { Value = r.Status == "Confirmed" ? r.CreatedAt.AddMinutes(5) : DBNull.Value },
                    new("number", NpgsqlDbType.Varchar) { Value = (object?)r.EnrollmentNumber ?? DBNull.Value },
                },
            };
            await insert.ExecuteNonQueryAsync();
        }
    }
}
