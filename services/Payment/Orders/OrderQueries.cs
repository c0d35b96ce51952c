using AccountingPlatform.Payment.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Orders;

/// <summary>A candidate's own order, by id, as it stands at its channel when still pending (<see cref="OrderStatusRefresh"/>); another candidate's is not found.</summary>
public static class OrderQueries
{
    public static async Task<Results<Ok<OrderView>, ProblemHttpResult>> GetAsync(
        Guid id, Guid userId, PaymentDbContext db, OrderStatusRefresh refresh, CancellationToken cancellationToken)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == id && o.UserId == userId, cancellationToken);
        return order is null ? ApiProblem.NotFound("PAYMENT_ORDER_NOT_FOUND", "缴费订单不存在")
            : TypedResults.Ok(OrderView.Of(await refresh.RefreshAsync(order, cancellationToken)));
    }
}
