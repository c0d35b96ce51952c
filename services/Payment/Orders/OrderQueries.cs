using AccountingPlatform.Payment.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Orders;

/// <summary>A candidate's own order, by id; another candidate's is not found.</summary>
public static class OrderQueries
{
    public static async Task<Results<Ok<OrderView>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, PaymentDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.UserId == userId, cancellationToken);
        return order is null ? ApiProblem.NotFound("PAYMENT_ORDER_NOT_FOUND", "缴费订单不存在") : TypedResults.Ok(OrderView.Of(order));
    }
}
