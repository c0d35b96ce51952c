namespace AccountingPlatform.Payment.Alipay;

/// <summary>Alipay answered, but not with what we asked for.</summary>
public sealed class AlipayChannelException(string message) : Exception(message);
