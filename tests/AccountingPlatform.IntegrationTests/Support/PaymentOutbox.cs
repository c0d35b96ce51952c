using System.Text.Json;
using AccountingPlatform.Contracts;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>What Payment published about an order, read from its outbox.</summary>
public static class PaymentOutbox
{
    /// <summary>The published <see cref="PaymentRefunded"/> events of the order, as their JSON payloads.</summary>
    public static Task<IReadOnlyList<JsonElement>> PublishedRefundsAsync(Guid orderId) => PublishedAsync<PaymentRefunded>(orderId);

    /// <summary>The published events of type <typeparamref name="TEvent"/> about the order, as their JSON payloads.</summary>
    public static Task<IReadOnlyList<JsonElement>> PublishedAsync<TEvent>(Guid orderId) => Outbox.PublishedAsync<TEvent>("payment", "paymentOrderId", orderId);
}
