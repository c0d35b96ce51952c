using System.Text.Json;

namespace AccountingPlatform.Channels.Alipay;

/// <summary>A verified Alipay answer: the common result fields and the whole response node.</summary>
public sealed record AlipayResponse(string Code, string Msg, string? SubCode, string? SubMsg, JsonElement Body)
{
    public const string SuccessCode = "10000";

    public bool IsSuccess => Code == SuccessCode;
}
