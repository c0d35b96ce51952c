using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>The WeChat Pay control routes' answer for a trade that does not exist.</summary>
public static class WeChatPayControlProblems
{
    public static IResult TradeNotFound() => ApiProblem.NotFound("EMULATOR_TRADE_NOT_FOUND", "订单不存在");
}
