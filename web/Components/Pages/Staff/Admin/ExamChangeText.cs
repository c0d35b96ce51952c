using System.Text.Json;

namespace AccountingPlatform.Web.Components.Pages.Staff.Admin;

/// <summary>
/// What an entry of an exam's change audit changed, in words: the audit keeps the data before and after as JSON; each
/// known item whose value differs is one line ("缴费截止：… → …"); long texts say only that they changed.
/// </summary>
public static class ExamChangeText
{
    private static readonly (string Property, string Label, bool LongText)[] Items =
    [
        ("Year", "年度", false), ("Name", "名称", false), ("Level", "级别", false), ("Subjects", "科目", false),
        ("WindowOpensAt", "报名开始", false), ("WindowClosesAt", "报名截止", false), ("PaymentDeadline", "缴费截止", false),
        ("FeePerSubjectFen", "每科收费", false), ("LinkedToPersonnelRegistry", "连接会计人员库", false),
        ("NoticeVersion", "必读事项版本", false), ("NoticeText", "必读事项", true), ("CommitmentText", "报名承诺", true),
        ("Published", "发布", false), ("rows", "导入条数", false),
    ];

    public static IReadOnlyList<string> Describe(Platform.Admin.ExamChangeView change)
    {
        var before = Read(change.Before);
        var after = Read(change.After);
        if (after is null) return [];
        var lines = new List<string>();
        foreach (var (property, label, longText) in Items)
        {
            var now = Find(after.Value, property);
            if (now is null) continue;
            var was = before is { } b ? Find(b, property) : null;
            var nowText = Text(property, now.Value);
            var wasText = was is { } w ? Text(property, w) : null;
            if (wasText == nowText) continue;
            if (longText) lines.Add(wasText is null ? $"{label}：已填写" : $"{label}：已修改");
            else lines.Add(wasText is null ? $"{label}：{nowText}" : $"{label}：{wasText} → {nowText}");
        }
        return lines;
    }

    private static JsonElement? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try { return JsonDocument.Parse(json).RootElement.Clone(); }
        catch (JsonException) { return null; }
    }

    private static JsonElement? Find(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var p in element.EnumerateObject())
            if (string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    private static string Text(string property, JsonElement value) => property switch
    {
        "Subjects" when value.ValueKind == JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(s =>
            $"{(Find(s, "Code")?.ToString() ?? "")} {(Find(s, "Name")?.ToString() ?? "")}".Trim())),
        "FeePerSubjectFen" when value.TryGetInt64(out var fen) => Exam.ExamText.Money(fen),
        "Level" => AdminText.Level(value.ToString()),
        _ when value.ValueKind == JsonValueKind.True => "是",
        _ when value.ValueKind == JsonValueKind.False => "否",
        _ when value.ValueKind == JsonValueKind.String && (property.EndsWith("At", StringComparison.Ordinal) || property == "PaymentDeadline")
            && value.TryGetDateTimeOffset(out var time) => AdminText.Time(time),
        _ => value.ToString(),
    };
}
