using System.Globalization;
using System.Net;
using System.Text.Json;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;
using Npgsql;
using NpgsqlTypes;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// What staff do on a large province: <see cref="BenchmarkSizes.StaffListRows"/> review items in 北京 (and a twentieth as
/// many elsewhere) and as many enrollments of one exam in 北京, written straight into Review's and Enrollment's databases
/// with binary COPY in the shapes the services write (statuses, kinds and dates spread over a year), then VACUUM ANALYZEd
/// (the statistics and the visibility map a table has in steady state, once autovacuum has seen the inserts: without it
/// an index-only scan still reads the table, and autovacuum would do it at a random moment of the measure).
/// Then, one call at a time through the gateway with the 北京 reviewer's and the administrator's tokens, each call
/// <see cref="BenchmarkSizes.StaffListCalls"/> times: the queue as the console opens it (a kind's pending items), filtered
/// (three months, a county), page 50 by number and by position (<c>after=</c>), unfiltered, the queue's counts; the
/// exam's live figures, its detail and the exams list; the exam's 报名名单 in 北京 (first page, a sparse status, page 50 by
/// position). Each against ≤ 50 ms p99.
/// </summary>
public static class StaffLists
{
    public const double TargetP99Ms = 50;
    private const string Province = "110000";
    /// <summary>The candidate (user) id every seeded review item carries, and the address (TEST-NET-1) every seeded enrollment was accepted from, so that the measure removes exactly them at the end.</summary>
    private const string SeededAddresses = "192.0.2.";
    private static readonly Guid Marker = Guid.Parse("00000000-0000-0000-0000-000000110000");
    private static readonly string[] BeijingCounties =
        ["110101", "110102", "110105", "110106", "110107", "110108", "110109", "110111", "110112", "110113", "110114", "110115", "110116", "110117", "110118", "110119"];
    private static readonly string[] Elsewhere = ["440305", "440106", "310104", "320102", "330106"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"];

    public static async Task RunAsync(BenchmarkRun run)
    {
        var rows = run.Sizes.StaffListRows;
        try
        {
            using var reviewer = await Rush.ReviewerAsync(run);
            using var admin = await ResultsImport.AdminAsync(run);
            var exams = await admin.ExpectAsync("staff lists: exams (setup)", HttpMethod.Get, "/api/enrollment/admin/exams", null, HttpStatusCode.OK);
            var exam = exams.Json.EnumerateArray().First(e => e.GetProperty("provinces").EnumerateArray()
                .Any(p => p.GetProperty("provinceCode").GetString() == Province));
            var examCode = exam.GetProperty("code").GetString()!;

            run.Progress.Phase($"staff lists: seeding {rows:N0} review items and {rows:N0} enrollments in {Province}");
            var now = TimeProvider.System.GetUtcNow();
            var reviewDb = await run.Platform.ConnectionStringAsync("reviewdb");
            var enrollmentDb = await run.Platform.ConnectionStringAsync("enrollmentdb");
            try
            {
                await SeedReviewItemsAsync(reviewDb, rows, now);
                await SeedEnrollmentsAsync(enrollmentDb, rows, now, examCode, exam.GetProperty("year").GetInt32(),
                    [.. exam.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("code").GetString()!)]);
                await MeasureAsync(run, reviewer, admin, examCode, now);
            }
            finally
            {
                // Left as found (the smoke runs among the integration tests, which count 北京's queue and this exam's figures).
                await ExecuteAsync(reviewDb, """DELETE FROM review_items WHERE "UserId" = @marker; ANALYZE review_items""");
                await ExecuteAsync(enrollmentDb, $"""DELETE FROM enrollments WHERE "CommitmentClientAddress" LIKE '{SeededAddresses}%'; ANALYZE enrollments""");
            }
        }
        catch (StepFailed e)
        {
            run.Log.Fail($"staff lists: {e.Message}");
        }
    }

    private static async Task MeasureAsync(BenchmarkRun run, Person reviewer, Person admin, string examCode, DateTimeOffset now)
    {
        var rows = run.Sizes.StaffListRows;
        var from = now.AddDays(-120).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = now.AddDays(-30).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The console's queue opens on a kind's pending items (ReviewQueue.razor), pages by number; "全部状态" sends no status.
        const string queue = "/api/review/items?kind=PersonnelRecord&status=Pending";
        var first = await reviewer.ExpectAsync("staff lists: queue (setup)", HttpMethod.Get, queue, null, HttpStatusCode.OK);
        var deep = Math.Clamp(first.Json.GetProperty("total").GetInt32() / 20, 2, 50);   // page 50 (fewer pages in the smoke)
        var before = await reviewer.ExpectAsync("staff lists: queue (setup)", HttpMethod.Get, $"{queue}&page={deep - 1}", null, HttpStatusCode.OK);
        var afterId = before.Json.GetProperty("items").EnumerateArray().Last().GetProperty("id").GetGuid();
        // The administrators' 报名名单 (AdminEnrollmentList): by position, so page 50 is the cursor the 49th page gave.
        var roster = $"/api/enrollment/admin/exams/{examCode}/enrollments?province={Province}";
        var cursor = (string?)null;
        for (var p = 1; p < deep; p++)
        {
            var shown = await admin.ExpectAsync("staff lists: roster (setup)", HttpMethod.Get, cursor is null ? roster : $"{roster}&after={cursor}", null, HttpStatusCode.OK);
            cursor = shown.Json.GetProperty("next").GetString();
        }
        (string Step, Person Who, string Path)[] calls =
        [
            ("queue, first page (the console's: a kind, pending)", reviewer, queue),
            ("queue, filtered (a kind, any status, 3 months)", reviewer, $"/api/review/items?kind=PersonnelRecord&submittedFrom={from}&submittedTo={to}"),
            ("queue, filtered (a kind, pending, one county)", reviewer, $"{queue}&department=110108"),
            ($"queue, page {deep} by number", reviewer, $"{queue}&page={deep}"),
            ($"queue, page {deep} by position (after=)", reviewer, $"{queue}&after={afterId}"),
            ("queue, no filter at all", reviewer, "/api/review/items"),
            ("queue counts", reviewer, "/api/review/items/counts"),
            ("exam figures (admin)", admin, $"/api/enrollment/admin/exams/{examCode}/figures"),
            ("exam detail (admin)", admin, $"/api/enrollment/admin/exams/{examCode}"),
            ("exams list (admin)", admin, "/api/enrollment/admin/exams"),
            ("enrollment list, first page (admin)", admin, roster),
            ("enrollment list, one status (admin)", admin, $"{roster}&status=Refunded"),
            ($"enrollment list, page {deep} by position (admin)", admin, $"{roster}&after={cursor}"),
        ];
        run.Progress.Phase("staff lists: calls one at a time", calls.Length * run.Sizes.StaffListCalls);
        foreach (var (step, who, path) in calls)
        {
            await who.ExpectAsync($"staff lists: {step} (warm-up)", HttpMethod.Get, path, null, HttpStatusCode.OK);
            await run.ForEachAsync(run.Sizes.StaffListCalls, 1, async _ =>
                await who.ExpectAsync($"staff lists: {step}", HttpMethod.Get, path, null, HttpStatusCode.OK));
            var latency = Percentiles.Of(run.Log.Of($"staff lists: {step}"));
            run.Report.Findings.Add(new Finding($"Staff lists, {rows:N0} rows in a province: {step}, p99", latency.P99, "ms",
                $"p50 {latency.P50:F1} ms, n={latency.Count}", null, $"≤ {TargetP99Ms:F0} ms", latency.P99 <= TargetP99Ms));
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300, Parameters = { new("marker", Marker) } };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Review items as the consumers write them: 70% personnel records, 30% real-name applications; 30% pending, 50% approved, 10% rejected, 10% superseded; submitted over the last year.</summary>
    private static async Task SeedReviewItemsAsync(string connectionString, int rows, DateTimeOffset now)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var random = new Random(22);
        var total = rows + rows / 20;
        await using (var copy = await connection.BeginBinaryImportAsync(
            """
            COPY review_items ("Id", "Kind", "SubjectId", "SubjectVersion", "UserId", "DivisionCode", "CandidateName", "CertificateType",
                "CertificateNumber", "AttachmentUrls", "Status", "SubmittedAt", "DecidedAt", "DecidedBy", "Comment", "SnapshotJson") FROM STDIN (FORMAT BINARY)
            """))
        {
            var decider = Guid.CreateVersion7();
            for (var i = 0; i < total; i++)
            {
                var division = i < rows ? BeijingCounties[random.Next(BeijingCounties.Length)] : Elsewhere[random.Next(Elsewhere.Length)];
                var personnel = random.Next(10) < 7;
                var roll = random.Next(10);
                var status = roll < 3 ? "Pending" : roll < 8 ? "Approved" : roll < 9 ? "Rejected" : "Superseded";
                var submitted = now.AddSeconds(-random.Next(365 * 24 * 3600));
                var decided = status is "Approved" or "Rejected" ? submitted.AddHours(random.Next(1, 72)) : (DateTimeOffset?)null;
                var name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
                var certificate = $"{division}{1970 + random.Next(35)}{random.Next(1, 13):D2}{random.Next(1, 29):D2}{random.Next(1000):D3}{random.Next(10)}";
                var subject = Guid.CreateVersion7();
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(personnel ? "PersonnelRecord" : "RealNameApplication", NpgsqlDbType.Varchar);
                await copy.WriteAsync(subject, NpgsqlDbType.Uuid);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(Marker, NpgsqlDbType.Uuid);
                await copy.WriteAsync(division, NpgsqlDbType.Varchar);
                await copy.WriteAsync(name, NpgsqlDbType.Varchar);
                if (personnel) await copy.WriteNullAsync(); else await copy.WriteAsync("ResidentIdCard", NpgsqlDbType.Varchar);
                if (personnel) await copy.WriteNullAsync(); else await copy.WriteAsync(certificate, NpgsqlDbType.Varchar);
                await copy.WriteAsync(personnel
                    ? new[] { $"/api/personnel/records/{subject}/files/photo", $"/api/personnel/records/{subject}/files/diploma" }
                    : [$"/api/realname/applications/{subject}/files/front", $"/api/realname/applications/{subject}/files/back", $"/api/realname/applications/{subject}/files/portrait"],
                    NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(status, NpgsqlDbType.Varchar);
                await copy.WriteAsync(submitted, NpgsqlDbType.TimestampTz);
                if (decided is { } at) await copy.WriteAsync(at, NpgsqlDbType.TimestampTz); else await copy.WriteNullAsync();
                if (decided is not null) await copy.WriteAsync(decider, NpgsqlDbType.Uuid); else await copy.WriteNullAsync();
                if (status == "Rejected") await copy.WriteAsync("照片不清晰，请重新上传", NpgsqlDbType.Varchar); else await copy.WriteNullAsync();
                await copy.WriteAsync(JsonSerializer.Serialize(personnel
                    ? new Dictionary<string, string> { ["姓名"] = name, ["性别"] = random.Next(2) == 0 ? "男" : "女", ["证件号码"] = certificate,
                        ["最高学历"] = "本科", ["所学专业"] = "会计学", ["工作单位"] = "北京某某有限公司", ["所在部门"] = division, ["手机号码"] = $"139{random.Next(100_000_000):D8}" }
                    : new Dictionary<string, string> { ["姓名"] = name, ["证件类型"] = "居民身份证", ["证件号码"] = certificate }), NpgsqlDbType.Jsonb);
            }
            await copy.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE review_items", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Enrollments of one exam as the submission writes them: 40% confirmed (with a 报名号 from the province's counter,
    /// which is moved past them), 25% awaiting payment, the rest cancelled, expired, withdrawn or refunded; created over the window.
    /// </summary>
    private static async Task SeedEnrollmentsAsync(string connectionString, int rows, DateTimeOffset now, string examCode, int year, string[] subjects)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var random = new Random(23);
        await using var counter = new NpgsqlCommand(
            """
            INSERT INTO enrollment_number_counters (year, province_code, last_number) VALUES (@year, @province, @rows)
            ON CONFLICT (year, province_code) DO UPDATE SET last_number = enrollment_number_counters.last_number + @rows RETURNING last_number
            """, connection) { Parameters = { new("year", year), new("province", Province), new("rows", (long)rows) } };
        var number = Convert.ToInt64(await counter.ExecuteScalarAsync(), CultureInfo.InvariantCulture) - rows;
        var payBy = now.AddDays(10);   // the province's payment deadline, ahead: the expiry worker leaves the unpaid ones alone
        await using (var copy = await connection.BeginBinaryImportAsync(
            """
            COPY enrollments ("Id", "UserId", "ExamCode", "ProvinceCode", "Kind", "SubjectCodes", "CarriedSubjectCodes", "FeePerSubjectFen", "AmountFen",
                "NoticeVersion", "CommitmentAcceptedAt", "CommitmentClientAddress", contact, "Status", "CreatedAt", "PayBy", "PaidAt", "PaymentOrderId",
                "EnrollmentNumber", "ClosedAt") FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < rows; i++)
            {
                var roll = random.Next(20);
                var status = roll < 8 ? "Confirmed" : roll < 13 ? "AwaitingPayment" : roll < 16 ? "Cancelled" : roll < 18 ? "Expired" : roll < 19 ? "Withdrawn" : "Refunded";
                var created = now.AddSeconds(-random.Next(20 * 24 * 3600));
                var chosen = subjects.Where(_ => random.Next(2) == 0).DefaultIfEmpty(subjects[0]).ToArray();
                var paid = status is "Confirmed" or "Withdrawn" or "Refunded";
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(examCode, NpgsqlDbType.Varchar);
                await copy.WriteAsync(Province, NpgsqlDbType.Varchar);
                await copy.WriteAsync(random.Next(3) switch { 0 => "New", 1 => "Returning", _ => "Linked" }, NpgsqlDbType.Varchar);
                await copy.WriteAsync(chosen, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(5_600L, NpgsqlDbType.Bigint);
                await copy.WriteAsync(5_600L * chosen.Length, NpgsqlDbType.Bigint);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync($"{SeededAddresses}{random.Next(1, 255)}", NpgsqlDbType.Varchar);
                await copy.WriteAsync($$"""{"Email":"c{{i}}@example.cn","MobilePhone":"138{{random.Next(100_000_000):D8}}"}""", NpgsqlDbType.Jsonb);
                await copy.WriteAsync(status, NpgsqlDbType.Varchar);
                await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(payBy, NpgsqlDbType.TimestampTz);
                if (paid) await copy.WriteAsync(created.AddMinutes(random.Next(5, 600)), NpgsqlDbType.TimestampTz); else await copy.WriteNullAsync();
                if (paid || status == "AwaitingPayment") await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid); else await copy.WriteNullAsync();
                if (paid) await copy.WriteAsync($"{year:D4}{Province[..2]}{++number:D6}", NpgsqlDbType.Varchar); else await copy.WriteNullAsync();
                if (status is "Confirmed" or "AwaitingPayment") await copy.WriteNullAsync(); else await copy.WriteAsync(created.AddDays(1), NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE enrollments", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
