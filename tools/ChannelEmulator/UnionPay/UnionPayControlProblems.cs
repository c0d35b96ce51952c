using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>The UnionPay control routes' answer for an order that does not exist.</summary>
public static class UnionPayControlProblems
{
    public static IResult OrderNotFound() => ApiProblem.NotFound("EMULATOR_UNIONPAY_ORDER_NOT_FOUND", "订单不存在");
}
