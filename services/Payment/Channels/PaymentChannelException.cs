namespace AccountingPlatform.Payment.Channels;

/// <summary>A payment channel answered, verifiably, but not with what we asked for (a refusal, a missing field).</summary>
public sealed class PaymentChannelException(string message) : Exception(message);
