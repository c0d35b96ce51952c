using System.Text.Json;
using System.Text.Json.Serialization;

namespace AccountingPlatform.Web.Platform;

/// <summary>The APIs' JSON: camelCase, enums as strings.</summary>
public static class PortalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
