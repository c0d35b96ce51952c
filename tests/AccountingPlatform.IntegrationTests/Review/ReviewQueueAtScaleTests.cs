using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AccountingPlatform.Contracts;
using AccountingPlatform.IntegrationTests.Support;
using AccountingPlatform.Review.Data;
using AccountingPlatform.Review.Items;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace AccountingPlatform.IntegrationTests.Review;

/// <summary>
/// The queue stays fast at 100,000 items in a province: with that many rows (新疆, 650000, which no other test uses),
/// the plan of the very query the list endpoint builds (<see cref="ReviewQueue.Page"/>) reads review_items through an
/// index and never scans the table, for the first page and a deep one (keyset paging), for the filters the console
/// uses and for none; and the endpoint is timed through the gateway (logged, not asserted). The rows are removed at the end.
/// </summary>
public sealed class ReviewQueueAtScaleTests(ITestOutputHelper output)
{
    private const int Rows = 100_000;
    /// <summary>Every seeded row carries this candidate user id, so the clean-up removes exactly them.</summary>
    private static readonly Guid Marker = Guid.Parse("00000000-0000-0000-0000-000000650000");

    // Items arrive over a year in submission order, as consumers write them: 85% records, 20% of them pending.
    private static readonly string Seed = $$"""
        INSERT INTO review_items ("Id", "Kind", "SubjectId", "SubjectVersion", "UserId", "DivisionCode", "CandidateName", "Status",
                                  "SubmittedAt", "AttachmentUrls", "SnapshotJson")
        SELECT gen_random_uuid(),
               CASE WHEN g % 100 < 85 THEN 'PersonnelRecord' ELSE 'RealNameApplication' END,
               gen_random_uuid(), 1, '{{Marker}}'::uuid,
               (ARRAY['650102','650103','650104','650105','650106','650107','650109','650121','650202','650203',
                      '650402','650421','650502','652301','652302','652801','652901','653101','654002','654201'])[1 + g % 20],
               '压测考生' || g,
               CASE WHEN (g / 100) % 100 < 20 THEN 'Pending' WHEN (g / 100) % 100 < 85 THEN 'Approved'
                    WHEN (g / 100) % 100 < 97 THEN 'Rejected' ELSE 'Superseded' END,
               now() - make_interval(days => 366) + make_interval(secs => g * 315),
               '{}', '{"姓名":"压测考生"}'::jsonb
        FROM generate_series(1, {{Rows}}) AS g
        """;

    [Fact]
    public async Task The_queue_of_a_province_with_100000_items_reads_through_an_index_on_every_page()
    {
        var connectionString = PlatformEnvironment.DatabaseConnectionString("review");
        using var admin = await Reviewers.LoginAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        var phone = TestIdentities.Phone();
        var created = await admin.PostAsync("/api/identity/staff-accounts",
            new { name = "新疆审核员", phone, password = "Shenhe@2025", role = "reviewer", divisionCode = "650000" });
        Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
        using var reviewer = await Reviewers.LoginAsync(phone, "Shenhe@2025");

        await ExecuteAsync(connectionString, """DELETE FROM review_items WHERE "UserId" = @marker""");
        try
        {
            var seeding = Stopwatch.StartNew();
            await ExecuteAsync(connectionString, Seed);
            await ExecuteAsync(connectionString, "VACUUM ANALYZE review_items");
            output.WriteLine($"seeded {Rows} items in 650000 and analysed in {seeding.ElapsedMilliseconds} ms");

            await using var db = new ReviewDbContext(new DbContextOptionsBuilder<ReviewDbContext>().UseNpgsql(connectionString).Options);
            var now = PlatformEnvironment.Now;
            ReviewQueueFilter[] filters =
            [
                new("65", ReviewItemStatus.Pending, ReviewItemKind.PersonnelRecord),
                new("65", null, ReviewItemKind.PersonnelRecord),
                new("6501", ReviewItemStatus.Pending, ReviewItemKind.PersonnelRecord),
                new("650102", ReviewItemStatus.Approved, ReviewItemKind.PersonnelRecord),
                new("65", ReviewItemStatus.Pending, ReviewItemKind.RealNameApplication, new BeijingDateRange(now.AddDays(-90), now)),
                new("65", ReviewItemStatus.Pending, ReviewItemKind.PersonnelRecord, ClaimedBy: Guid.NewGuid()),
                new("65"),   // no filter at all (the API's default): the whole division in order, whatever the kind
            ];
            foreach (var filter in filters)
            {
                var total = await ReviewQueue.Filtered(db, filter, now).CountAsync();
                AssertReadsThroughAnIndex(await ExplainAsync(db, ReviewQueue.Page(db, filter, now, 1, 20)), $"{filter}, page 1 of {total}");
                // A deep page: after the item 20 before the end (keyset), whatever the depth.
                var deep = await ReviewQueue.Filtered(db, filter, now).OrderBy(i => i.SubmittedAt).ThenBy(i => i.Id)
                    .Skip(Math.Max(0, total - 20)).Select(i => new QueuePosition(i.SubmittedAt, i.Id)).FirstOrDefaultAsync();
                if (deep is not null)
                    AssertReadsThroughAnIndex(await ExplainAsync(db, ReviewQueue.Page(db, filter, now, 1, 20, deep)), $"{filter}, after item {total - 20} of {total}");
                // Offset paging as deep: logged (the planner may sort the province's rows when they are most of the table).
                output.WriteLine($"{filter}, offset {Math.Max(0, total - 20)}: {Summary(await ExplainAsync(db, ReviewQueue.Page(db, filter, now, Math.Max(1, total / 20), 20)))}");
            }

            // Through the gateway, as the console asks: counts, page 1, a deep page by number and by position.
            var counts = await TimedAsync(reviewer, "/api/review/items/counts");
            Assert.Equal(17_000, counts.Json.GetProperty("personnelRecord").GetProperty("pending").GetInt32());
            Assert.Equal(55_250, counts.Json.GetProperty("personnelRecord").GetProperty("approved").GetInt32());
            Assert.Equal(3_000, counts.Json.GetProperty("realNameApplication").GetProperty("pending").GetInt32());
            var first = await TimedAsync(reviewer, "/api/review/items?kind=PersonnelRecord&status=Pending&pageSize=20");
            Assert.Equal(17_000, first.Json.GetProperty("total").GetInt32());
            var lastByNumber = await TimedAsync(reviewer, "/api/review/items?kind=PersonnelRecord&status=Pending&pageSize=20&page=850");
            var beforeLast = (await reviewer.GetAsync("/api/review/items?kind=PersonnelRecord&status=Pending&pageSize=20&page=849"))
                .Json.GetProperty("items")[19].GetProperty("id").GetGuid();
            var lastByPosition = await TimedAsync(reviewer, $"/api/review/items?kind=PersonnelRecord&status=Pending&pageSize=20&after={beforeLast}");
            Assert.Equal(Ids(lastByNumber), Ids(lastByPosition));
            Assert.Equal(20, Ids(lastByPosition).Count);
            await TimedAsync(reviewer, "/api/review/items?kind=PersonnelRecord&status=Pending&department=650100&submittedFrom=2026-01-01&pageSize=20");
        }
        finally
        {
            await ExecuteAsync(connectionString, """DELETE FROM review_items WHERE "UserId" = @marker""");
            await ExecuteAsync(connectionString, "ANALYZE review_items");
        }
    }

    private static List<Guid> Ids(ApiResponse page) => page.Json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private async Task<ApiResponse> TimedAsync(PlatformClient reviewer, string path)
    {
        await reviewer.GetAsync(path);   // warm: connections, plans, the token's first check
        var watch = Stopwatch.StartNew();
        var response = await reviewer.GetAsync(path);
        output.WriteLine($"GET {path}: {(int)response.Status} in {watch.ElapsedMilliseconds} ms");
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        return response;
    }

    /// <summary>EXPLAIN (FORMAT JSON) of the SQL EF sends for <paramref name="query"/>, with its parameters.</summary>
    private static async Task<JsonElement> ExplainAsync(ReviewDbContext db, IQueryable<ReviewItem> query)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        var plan = (string)(await command.ExecuteScalarAsync())!;
        return JsonDocument.Parse(plan).RootElement[0].GetProperty("Plan");
    }

    private void AssertReadsThroughAnIndex(JsonElement plan, string what)
    {
        var nodes = Nodes(plan).ToList();
        output.WriteLine($"{what}: {Summary(plan)}");
        Assert.DoesNotContain(nodes, n => n.GetProperty("Node Type").GetString() == "Seq Scan" && Relation(n) == "review_items");
        Assert.Contains(nodes, n => n.TryGetProperty("Index Name", out var index) && index.GetString()!.Contains("review_items", StringComparison.Ordinal));
    }

    private static string Summary(JsonElement plan) => string.Join(" > ", Nodes(plan).Select(n =>
        n.GetProperty("Node Type").GetString() + (n.TryGetProperty("Index Name", out var index) ? $" ({index.GetString()})" : Relation(n) is { } r ? $" ({r})" : "")));

    private static string? Relation(JsonElement node) => node.TryGetProperty("Relation Name", out var r) ? r.GetString() : null;

    private static IEnumerable<JsonElement> Nodes(JsonElement node)
    {
        yield return node;
        if (!node.TryGetProperty("Plans", out var children)) yield break;
        foreach (var child in children.EnumerateArray())
            foreach (var n in Nodes(child)) yield return n;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        if (sql.Contains("@marker", StringComparison.Ordinal)) command.Parameters.AddWithValue("marker", Marker);
        await command.ExecuteNonQueryAsync();
    }
}
