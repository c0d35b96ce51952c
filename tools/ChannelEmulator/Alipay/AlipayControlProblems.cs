using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>The Alipay control routes' answers for a certification or a trade that does not exist.</summary>
public static class AlipayControlProblems
{
    public static IResult CertificationNotFound() => ApiProblem.NotFound("EMULATOR_CERTIFICATION_NOT_FOUND", "认证单据不存在");

    public static IResult TradeNotFound() => ApiProblem.NotFound("EMULATOR_TRADE_NOT_FOUND", "交易不存在");
}
