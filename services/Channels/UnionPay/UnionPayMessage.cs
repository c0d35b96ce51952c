using System.Text;

namespace AccountingPlatform.Channels.UnionPay;

/// <summary>
/// The text of a gateway answer: <c>key=value&amp;key=value</c>, raw (values are not URL-encoded; the signature's
/// <c>+/=</c> and the certificate's line breaks arrive as they are). Read the way UnionPay's acp SDK reads it
/// (<c>SDKUtil.convertResultStringToMap</c>/<c>parseQString</c>, as copied in public repositories): an outer
/// <c>{…}</c> is dropped, a value runs to the next <c>&amp;</c> outside <c>{}</c>/<c>[]</c>, the key ends at the first <c>=</c>.
/// </summary>
public static class UnionPayMessage
{
    public static Dictionary<string, string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        text = text.Trim();
        if (text.Length >= 2 && text[0] == '{' && text[^1] == '}')
            text = text[1..^1];

        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            if (!end)
            {
                if (text[i] is '{' or '[') depth++;
                else if (text[i] is '}' or ']' && depth > 0) depth--;
                if (text[i] != '&' || depth > 0)
                    continue;
            }
            var pair = text[start..i];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
                fields[pair[..equals]] = pair[(equals + 1)..];
            start = i + 1;
        }
        return fields;
    }

    /// <summary>Writes fields in the same raw form (what the emulated gateway answers).</summary>
    public static string Write(IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            if (text.Length > 0)
                text.Append('&');
            text.Append(key).Append('=').Append(value);
        }
        return text.ToString();
    }
}
