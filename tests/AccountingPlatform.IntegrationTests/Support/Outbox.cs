using System.Text.Json;
using Npgsql;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>What a service published, read from its outbox: the events its relay has sent to RabbitMQ.</summary>
public static class Outbox
{
    /// <summary>The published events of type <typeparamref name="TEvent"/> of <paramref name="service"/> whose <paramref name="field"/> is <paramref name="id"/>, as their JSON payloads.</summary>
    public static async Task<IReadOnlyList<JsonElement>> PublishedAsync<TEvent>(string service, string field, Guid id)
    {
        await using var connection = new NpgsqlConnection(PlatformEnvironment.DatabaseConnectionString(service));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload::text FROM outbox_messages WHERE message_type = @type AND payload->>@field = @id AND published_at IS NOT NULL",
            connection);
        command.Parameters.AddWithValue("type", typeof(TEvent).FullName!);
        command.Parameters.AddWithValue("field", field);
        command.Parameters.AddWithValue("id", id.ToString());
        var payloads = new List<JsonElement>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            payloads.Add(JsonDocument.Parse(reader.GetString(0)).RootElement);
        return payloads;
    }
}
