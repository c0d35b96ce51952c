using System.Net;
using System.Text.RegularExpressions;

namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>
/// A form of a portal page as a browser without script reads it: where it goes (<c>action</c>, relative to the page's
/// <c>&lt;base href="/"&gt;</c>, or the page itself), how (<c>method</c>, <c>enctype</c>), and what it would send as it
/// stands: every named input (hidden ones, the antiforgery token and Blazor's <c>_handler</c> among them) with its
/// value, checkboxes and radios only when checked, a select's selected option, a textarea's text; never a button or a file.
/// </summary>
public sealed partial class HtmlForm
{
    public required string Method { get; init; }
    public required string? Action { get; init; }
    public required bool Multipart { get; init; }
    public required List<KeyValuePair<string, string>> Fields { get; init; }

    public string? this[string name] => Fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>The form whose Blazor name (<c>@formname</c>, sent as <c>_handler</c>) is <paramref name="handler"/>; null when the page has none.</summary>
    public static HtmlForm? Find(string html, string handler) => All(html).FirstOrDefault(f => f["_handler"] == handler);

    /// <summary>The first form sent by GET whose action ends with <paramref name="actionEnd"/>.</summary>
    public static HtmlForm? FindGet(string html, string actionEnd) =>
        All(html).FirstOrDefault(f => f.Method == "get" && (f.Action ?? "").EndsWith(actionEnd, StringComparison.Ordinal));

    public static IEnumerable<HtmlForm> All(string html)
    {
        foreach (Match form in FormTag().Matches(html))
        {
            var attributes = Attributes(form.Groups[1].Value);
            var body = form.Groups[2].Value;
            var fields = new List<KeyValuePair<string, string>>();
            foreach (Match input in InputTag().Matches(body))
            {
                var a = Attributes(input.Groups[1].Value);
                if (!a.TryGetValue("name", out var name) || a.ContainsKey("disabled")) continue;
                var type = a.GetValueOrDefault("type")?.ToLowerInvariant() ?? "text";
                if (type is "submit" or "button" or "image" or "reset" or "file") continue;
                if (type is "checkbox" or "radio" && !a.ContainsKey("checked")) continue;
                fields.Add(new(name, a.GetValueOrDefault("value") ?? (type is "checkbox" or "radio" ? "on" : "")));
            }
            foreach (Match select in SelectTag().Matches(body))
            {
                var a = Attributes(select.Groups[1].Value);
                if (!a.TryGetValue("name", out var name) || a.ContainsKey("disabled")) continue;
                var options = OptionTag().Matches(select.Groups[2].Value)
                    .Select(o => (Attributes: Attributes(o.Groups[1].Value), Text: WebUtility.HtmlDecode(o.Groups[2].Value).Trim())).ToList();
                if (options.Count == 0) continue;
                var chosen = options.FirstOrDefault(o => o.Attributes.ContainsKey("selected"));
                if (chosen.Attributes is null) chosen = options[0];
                fields.Add(new(name, chosen.Attributes.GetValueOrDefault("value") ?? chosen.Text));
            }
            foreach (Match area in TextareaTag().Matches(body))
            {
                var a = Attributes(area.Groups[1].Value);
                if (a.TryGetValue("name", out var name)) fields.Add(new(name, WebUtility.HtmlDecode(area.Groups[2].Value)));
            }
            yield return new HtmlForm
            {
                Method = attributes.GetValueOrDefault("method")?.ToLowerInvariant() ?? "get",
                Action = attributes.GetValueOrDefault("action"),
                Multipart = string.Equals(attributes.GetValueOrDefault("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase),
                Fields = fields,
            };
        }
    }

    /// <summary>The form's fields with <paramref name="typed"/> put in (a name's every value replaced; several values for a checkbox group, none to untick).</summary>
    public List<KeyValuePair<string, string>> With(IReadOnlyDictionary<string, string[]> typed)
    {
        var fields = Fields.Where(f => !typed.ContainsKey(f.Key)).ToList();
        foreach (var (name, values) in typed) fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return fields;
    }

    /// <summary>An element's attributes, values decoded; an attribute without a value (<c>checked</c>) has an empty one.</summary>
    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match a in Attribute().Matches(tag))
            attributes.TryAdd(a.Groups[1].Value, WebUtility.HtmlDecode(a.Groups[2].Success ? a.Groups[2].Value : a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Value));
        return attributes;
    }

    [GeneratedRegex("<form\\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex("<input\\b([^>]*)>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectTag();

    [GeneratedRegex("<option\\b([^>]*)>(.*?)</option>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex OptionTag();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextareaTag();

    [GeneratedRegex("([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?", RegexOptions.Singleline)]
    private static partial Regex Attribute();
}
