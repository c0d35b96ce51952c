using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.Payment.Channels;

/// <summary>The channels this deployment offers, by name.</summary>
public sealed class PaymentChannels(IEnumerable<IPaymentChannel> channels)
{
    private readonly Dictionary<PaymentChannel, IPaymentChannel> _channels = channels.ToDictionary(c => c.Channel);

    /// <summary>The channel, or null when it is not offered here (no merchant account configured).</summary>
    public IPaymentChannel? Offered(PaymentChannel channel) =>
        _channels.TryGetValue(channel, out var found) && found.IsConfigured ? found : null;

    /// <summary>The channel of an existing order.</summary>
    public IPaymentChannel Of(PaymentOrder order) =>
        _channels.TryGetValue(order.Channel, out var found) ? found : throw new InvalidOperationException($"No {order.Channel} channel is registered.");
}
