using System.Text.Json;
using AccountingPlatform.Contracts;
using Npgsql;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>What Payment published, read from its outbox: the events its relay has sent to RabbitMQ.</summary>
public static class PaymentOutbox
{
    /// <summary>The published <see cref="PaymentRefunded"/> events of the order, as their JSON payloads.</summary>
    public static Task<IReadOnlyList<JsonElement>> PublishedRefundsAsync(Guid orderId) => PublishedAsync<PaymentRefunded>(orderId);

    /// <summary>The published events of type <typeparamref name="TEvent"/> about the order, as their JSON payloads.</summary>
    public static async Task<IReadOnlyList<JsonElement>> PublishedAsync<TEvent>(Guid orderId)
    {
        await using var connection = new NpgsqlConnection(PlatformEnvironment.DatabaseConnectionString("payment"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload::text FROM outbox_messages WHERE message_type = @type AND payload->>'paymentOrderId' = @order AND published_at IS NOT NULL",
            connection);
        command.Parameters.AddWithValue("type", typeof(TEvent).FullName!);
        command.Parameters.AddWithValue("order", orderId.ToString());
        var payloads = new List<JsonElement>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            payloads.Add(JsonDocument.Parse(reader.GetString(0)).RootElement);
        return payloads;
    }
}
