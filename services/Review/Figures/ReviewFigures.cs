using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.Divisions;
using AccountingPlatform.Review.Data;
using AccountingPlatform.Review.Items;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Figures;

/// <summary>Per department of the reviewer's division: pending now, decided today (Beijing time), median time to decision over 30 days.</summary>
public static class ReviewFigures
{
    public static async Task<Ok<List<DepartmentFigures>>> GetAsync(HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var prefix = DivisionScope.PrefixOf(http.User.GetDivision()!) + "%";
        var todayStart = BeijingTime.StartOfDay(clock.GetUtcNow());
        var since = clock.GetUtcNow().AddDays(-30);
        var figures = await db.Database.SqlQuery<DepartmentFigures>($"""
            SELECT "DivisionCode",
                   count(*) FILTER (WHERE "Status" = 'Pending')::int AS "Pending",
                   count(*) FILTER (WHERE "DecidedAt" >= {todayStart})::int AS "DecidedToday",
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "DecidedAt" - "SubmittedAt") / 60)
                       FILTER (WHERE "DecidedAt" >= {since}) AS "MedianMinutesToDecision"
            FROM review_items
            WHERE "DivisionCode" LIKE {prefix}
            GROUP BY "DivisionCode"
            ORDER BY "DivisionCode"
            """).ToListAsync(cancellationToken);
        return TypedResults.Ok(figures);
    }
}
