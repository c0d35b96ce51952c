using System.Text.Json;

namespace AccountingPlatform.Web.Components.Pages.Staff.Review;

/// <summary>
/// The Review API's counts for the reviewer's division (<c>/api/review/items/counts</c>): one object per kind with a count
/// per status, and the items the reviewer holds.
/// </summary>
public sealed record ReviewCountsView(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ByKind, int ClaimedByMe)
{
    public int PendingOf(string kind) =>
        ByKind.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(kind), out var statuses) && statuses.TryGetValue("pending", out var n) ? n : 0;

    public static ReviewCountsView Of(JsonElement body)
    {
        var byKind = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        var claimedByMe = 0;
        foreach (var property in body.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number) { if (property.Name == "claimedByMe") claimedByMe = property.Value.GetInt32(); }
            else if (property.Value.ValueKind == JsonValueKind.Object)
                byKind[property.Name] = property.Value.EnumerateObject().Where(s => s.Value.ValueKind == JsonValueKind.Number)
                    .ToDictionary(s => s.Name, s => s.Value.GetInt32());
        }
        return new ReviewCountsView(byKind, claimedByMe);
    }
}
