using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>
/// Makes the malformed requests for each operation of one service's OpenAPI document (3.x, as ASP.NET Core writes
/// it), deterministically from the <see cref="Random"/> it is given. A plausible body is built from the request body's
/// schema first; each request then breaks one thing in it (one property's type, one required property missing, one
/// string made huge, ...), or breaks the body, a route parameter or the query string as a whole.
/// </summary>
public sealed class FuzzRequests(string service, JsonElement document, Random random)
{
    /// <summary>Far below the gateway's 2 MB cap (<c>RequestLimits.MaxRequestBodyBytes</c>) even in UTF-8.</summary>
    public const int HugeStringLength = 100_000;
    private const int OverlongSegmentLength = 2_000;   // the request line stays under Kestrel's 8 KB limit
    private static readonly string[] HttpMethods = ["get", "post", "put", "delete", "patch"];

    public IEnumerable<(HttpMethod Method, string Template, JsonElement Operation)> Operations()
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            if (HttpMethods.Contains(operation.Name))
                yield return (new HttpMethod(operation.Name.ToUpperInvariant()), path.Name, operation.Value);
        }
    }

    /// <summary>A method the path does not have (405), once per path.</summary>
    public IEnumerable<FuzzRequest> MethodsNotAllowed()
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (path.Value.TryGetProperty("patch", out _)) continue;
            yield return new FuzzRequest(service, HttpMethod.Patch, path.Name, BasePath(path.Name, Parameters(path.Value.EnumerateObject().First().Value, "path")),
                "method-not-allowed", "", null, null, MustBeRefused: true);
        }
    }

    /// <summary>Every malformed request for the operation, those that must be refused and the others.</summary>
    public IReadOnlyList<FuzzRequest> For(HttpMethod method, string template, JsonElement operation)
    {
        var requests = new List<FuzzRequest>();
        var pathParameters = Parameters(operation, "path");
        var queryParameters = Parameters(operation, "query");
        var basePath = BasePath(template, pathParameters);
        var baseQuery = string.Join("&", queryParameters.Where(p => p.Required).Select(p => $"{p.Name}={Uri.EscapeDataString(BaseText(p.Schema))}"));
        var path = basePath + (baseQuery.Length > 0 ? "?" + baseQuery : "");

        void Add(string kind, string target, string? contentType, byte[]? body, bool refused, string? at = null) =>
            requests.Add(new FuzzRequest(service, method, template, at ?? path, kind, target, contentType, body, refused));

        string? jsonType = null;
        JsonNode? baseBody = null;
        if (operation.TryGetProperty("requestBody", out var requestBody) && requestBody.TryGetProperty("content", out var content))
        {
            var types = content.EnumerateObject().ToList();
            var json = types.FirstOrDefault(t => t.Name.Contains("json", StringComparison.OrdinalIgnoreCase));
            if (json.Value.ValueKind == JsonValueKind.Object)
            {
                jsonType = json.Name;
                var slots = new List<(object[] Path, JsonElement Schema, bool Required)>();
                var schema = json.Value.TryGetProperty("schema", out var s) ? s : default;
                baseBody = (schema.ValueKind == JsonValueKind.Object ? Generate(schema, [], true, 0, slots) : null) ?? new JsonObject();
                AddJsonBodyRequests(baseBody, slots, jsonType, Add);
            }
            else if (types.Any(t => t.Name.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) || t.Name.Contains("form-urlencoded", StringComparison.OrdinalIgnoreCase)))
            {
                AddFormRequests(Add, refused: true);
            }
            else
            {
                Add("garbage-body", types.FirstOrDefault().Name ?? "", types.FirstOrDefault().Name, [0xFF, 0xFE, 0x00, 0x22, 0x2C, 0x0A], refused: false);
            }
        }
        else if (method != HttpMethod.Get && method != HttpMethod.Delete)
        {
            // No body in the document: the endpoint may still read one itself (a channel's notification, a CSV import).
            AddFormRequests(Add, refused: false);
            Add("malformed-json", "", "application/json", Encoding.UTF8.GetBytes("{\"a\":"), refused: false);
        }

        var bodyBytes = baseBody is null ? null : Encoding.UTF8.GetBytes(baseBody.ToJsonString());
        foreach (var parameter in pathParameters)
        foreach (var value in RouteValues(parameter.Schema))
        {
            var at = template;
            foreach (var p in pathParameters) at = at.Replace("{" + p.Name + "}", p.Name == parameter.Name ? value : BaseText(p.Schema));
            Add("route-param", parameter.Name, jsonType, bodyBytes, refused: false, at: at + (baseQuery.Length > 0 ? "?" + baseQuery : ""));
        }
        foreach (var parameter in queryParameters)
        foreach (var value in QueryValues())
        {
            var others = queryParameters.Where(p => p.Required && p.Name != parameter.Name).Select(p => $"{p.Name}={Uri.EscapeDataString(BaseText(p.Schema))}");
            Add("query-param", parameter.Name, jsonType, bodyBytes, refused: false, at: basePath + "?" + string.Join("&", others.Append($"{parameter.Name}={value}")));
        }
        Add("query-unknown", "", jsonType, bodyBytes, refused: false, at: path + (baseQuery.Length > 0 ? "&" : "?") + "zzUnknown=%00&page=-1&pageSize=1000000&page=2");
        return requests;
    }

    private void AddJsonBodyRequests(JsonNode baseBody, List<(object[] Path, JsonElement Schema, bool Required)> slots,
        string jsonType, Action<string, string, string?, byte[]?, bool, string?> add)
    {
        void Refused(string kind, string target, string body) => add(kind, target, jsonType, Encoding.UTF8.GetBytes(body), true, null);
        void Other(string kind, string target, string body) => add(kind, target, jsonType, Encoding.UTF8.GetBytes(body), false, null);
        string With(object[] path, JsonNode? value, bool remove = false)
        {
            var copy = baseBody.DeepClone();
            Set(copy, path, value, remove);
            return copy.ToJsonString();
        }

        // Unreadable: not JSON at all, or not the shape of the body.
        foreach (var text in new[] { "{", "{\"a\":", "[1,2", "nul", "{\"a\":1}}", "{'a':1}", "{\"a\":1,}" }) Refused("malformed-json", "", text);
        add("malformed-json", "invalid-utf8", jsonType, [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'], true, null);
        if (baseBody is JsonObject)
            foreach (var text in new[] { "[]", "\"text\"", "123", "true" }) Refused("wrong-body-type", "", text);
        add("wrong-media-type", "text/plain", "text/plain", Encoding.UTF8.GetBytes(baseBody.ToJsonString()), true, null);

        // Readable but possibly acceptable: these may pass where the platform is lenient, and must then be answered properly.
        Other("empty-body", "", "");
        Other("null-body", "", "null");
        if (baseBody is JsonObject root)
        {
            var extra = (JsonObject)root.DeepClone();
            extra["zzUnknownField"] = "x";
            extra["$type"] = "System.Object";
            extra["__proto__"] = new JsonObject { ["admin"] = true };
            Other("extra-fields", "", extra.ToJsonString());
        }

        var index = 0;
        foreach (var (path, slotSchema, required) in slots)
        {
            var target = Describe(path);
            var types = Types(slotSchema);
            // One JSON type the property does not take, a different one for each property.
            JsonNode?[] wrongs = [new JsonObject(), new JsonArray(), JsonValue.Create(true), JsonValue.Create("abc"), JsonValue.Create(12345)];
            string[] wrongTypes = ["object", "array", "boolean", "string", "number"];
            if (types.Count > 0)
            {
                for (var i = 0; i < wrongs.Length; i++)
                {
                    var k = (i + index) % wrongs.Length;
                    var declared = types.Contains(wrongTypes[k]) || (wrongTypes[k] == "number" && types.Contains("integer"));
                    if (declared) continue;
                    Refused("wrong-type", $"{target}={wrongTypes[k]}", With(path, wrongs[k]));
                    break;
                }
            }
            index++;

            if (required && path.Length > 0 && path[^1] is string) Other("missing-required", target, With(path, null, remove: true));
            Other("null", target, With(path, null));
            if (slotSchema.TryGetProperty("enum", out _))
            {
                Refused("unknown-enum-name", target, With(path, JsonValue.Create("NoSuchValueFuzz")));
                foreach (var n in new[] { 0, 99 }) Other("enum-as-integer", $"{target}={n}", With(path, JsonValue.Create(n)));
                continue;
            }
            if (types.Contains("array")) Other("array-of-null", target, With(path, new JsonArray((JsonNode?)null)));
            if (types.Contains("integer") || types.Contains("number"))
            {
                foreach (var n in new[] { "-1", "0", "2147483648", "9223372036854775808", "-9223372036854775809", "1e308", "-1.5" })
                    Other("number-extreme", $"{target}={n}", With(path, JsonNode.Parse(n)));
            }
            else if (types.Contains("string"))
            {
                var format = slotSchema.TryGetProperty("format", out var f) ? f.GetString() : null;
                Other("huge-string", target, With(path, JsonValue.Create(HugeString())));
                Other("nul-char", target, With(path, JsonValue.Create("a\u0000b")));
                Other("blank-string", target, With(path, JsonValue.Create("   ")));
                var extremes = format switch
                {
                    "date-time" => ["0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+14:00", "2024-02-30T00:00:00+08:00"],
                    "date" => ["0001-01-01", "9999-12-31", "2024-02-30"],
                    "uuid" => ["00000000-0000-0000-0000-000000000000", "not-a-guid"],
                    _ => Array.Empty<string>(),
                };
                foreach (var e in extremes) Other("format-extreme", $"{target}={e}", With(path, JsonValue.Create(e)));
            }
        }
    }

    private static void AddFormRequests(Action<string, string, string?, byte[]?, bool, string?> add, bool refused)
    {
        add("json-for-form", "", "application/json", "{}"u8.ToArray(), refused, null);
        add("multipart-no-boundary", "", "multipart/form-data", "a=b"u8.ToArray(), refused, null);
        add("multipart-truncated", "", "multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nxx"u8.ToArray(), refused, null);
        add("multipart-empty", "", "multipart/form-data; boundary=abc", "--abc--\r\n"u8.ToArray(), refused, null);
        var fields = string.Join("&", Enumerable.Range(0, 1_100).Select(i => $"f{i}=v"));
        add("form-too-many-fields", "", "application/x-www-form-urlencoded", Encoding.ASCII.GetBytes(fields), refused, null);
    }

    private string BasePath(string template, IReadOnlyList<(string Name, JsonElement Schema, bool Required)> parameters)
    {
        foreach (var p in parameters) template = template.Replace("{" + p.Name + "}", BaseText(p.Schema));
        return template;
    }

    private string BaseText(JsonElement schema)
    {
        var s = Resolve(schema);
        var format = s.TryGetProperty("format", out var f) ? f.GetString() : null;
        var types = Types(s);
        if (format == "uuid") return NewGuid().ToString();
        if (types.Contains("integer") || types.Contains("number")) return "1";
        if (types.Contains("boolean")) return "true";
        return "x";
    }

    private IEnumerable<string> RouteValues(JsonElement schema)
    {
        var s = Resolve(schema);
        var overlong = new string('a', OverlongSegmentLength);
        if (s.TryGetProperty("format", out var f) && f.GetString() == "uuid")
            return ["not-a-guid", "00000000-0000-0000-0000-000000000000", NewGuid().ToString(), overlong];
        return [overlong, "%00", "..%2F..", "%E6%B5%8B%E8%AF%95", "-1", "%27%3B--", "99999999999999999999"];
    }

    private static IEnumerable<string> QueryValues() =>
        ["abc", "-1", "0", "99999999999999999999", "", "%00", new string('a', OverlongSegmentLength), "1&" + "x=1"];

    private static IReadOnlyList<(string Name, JsonElement Schema, bool Required)> Parameters(JsonElement operation, string where)
    {
        if (!operation.TryGetProperty("parameters", out var parameters)) return [];
        return parameters.EnumerateArray()
            .Where(p => p.TryGetProperty("in", out var i) && i.GetString() == where)
            .Select(p => (p.GetProperty("name").GetString()!, p.TryGetProperty("schema", out var s) ? s : default,
                p.TryGetProperty("required", out var r) && r.GetBoolean()))
            .ToList();
    }

    /// <summary>A plausible value for the schema; every property and array item met is listed in <paramref name="slots"/>.</summary>
    private JsonNode? Generate(JsonElement schema, object[] path, bool required, int depth, List<(object[] Path, JsonElement Schema, bool Required)> slots)
    {
        var s = Resolve(schema);
        if (path.Length > 0) slots.Add((path, s, required));
        if (s.TryGetProperty("enum", out var values))
        {
            var first = values.EnumerateArray().FirstOrDefault(v => v.ValueKind != JsonValueKind.Null);
            return first.ValueKind == JsonValueKind.Undefined ? null : JsonNode.Parse(first.GetRawText());
        }
        var types = Types(s);
        if (types.Contains("object"))
        {
            var result = new JsonObject();
            if (depth > 5 || !s.TryGetProperty("properties", out var properties)) return result;
            var requiredNames = s.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(n => n.GetString()).ToHashSet() : [];
            foreach (var property in properties.EnumerateObject())
                result[property.Name] = Generate(property.Value, [.. path, property.Name], requiredNames.Contains(property.Name), depth + 1, slots);
            return result;
        }
        if (types.Contains("array"))
            return depth > 5 || !s.TryGetProperty("items", out var items) ? new JsonArray() : new JsonArray(Generate(items, [.. path, 0], true, depth + 1, slots));
        if (types.Contains("integer") || types.Contains("number")) return JsonValue.Create(1);
        if (types.Contains("boolean")) return JsonValue.Create(true);
        if (types.Contains("string"))
        {
            return (s.TryGetProperty("format", out var f) ? f.GetString() : null) switch
            {
                "uuid" => JsonValue.Create(NewGuid()),
                "date-time" => JsonValue.Create("2024-06-12T09:00:00+08:00"),
                "date" => JsonValue.Create("2000-01-01"),
                "time" => JsonValue.Create("09:00:00"),
                "email" => JsonValue.Create("fuzz@example.com"),
                "byte" => JsonValue.Create("AAAA"),
                "uri" => JsonValue.Create("https://example.com/"),
                _ => JsonValue.Create("测试"),
            };
        }
        return JsonValue.Create("x");
    }

    /// <summary>The schema a <c>$ref</c> or a nullable <c>oneOf</c>/<c>anyOf</c>/<c>allOf</c> stands for.</summary>
    private JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 10 && schema.ValueKind == JsonValueKind.Object; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/')[^1];
                schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
                continue;
            }
            var combined = new[] { "oneOf", "anyOf", "allOf" }.Select(k => schema.TryGetProperty(k, out var c) ? c : default)
                .FirstOrDefault(c => c.ValueKind == JsonValueKind.Array);
            if (combined.ValueKind != JsonValueKind.Array) return schema;
            var options = combined.EnumerateArray().Where(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")).ToList();
            if (options.Count == 0) return schema;
            schema = options[0];
        }
        return schema;
    }

    /// <summary>The JSON types the schema takes, without <c>null</c> (an object with properties is an object).</summary>
    private static HashSet<string> Types(JsonElement schema)
    {
        var types = new HashSet<string>();
        if (schema.ValueKind != JsonValueKind.Object) return types;
        if (schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String) types.Add(type.GetString()!);
            else if (type.ValueKind == JsonValueKind.Array) foreach (var t in type.EnumerateArray()) types.Add(t.GetString()!);
        }
        if (types.Count == 0 && schema.TryGetProperty("properties", out _)) types.Add("object");
        if (types.Count == 0 && schema.TryGetProperty("enum", out var values))
            foreach (var v in values.EnumerateArray()) types.Add(v.ValueKind == JsonValueKind.String ? "string" : v.ValueKind == JsonValueKind.Number ? "number" : "null");
        types.Remove("null");
        return types;
    }

    private static void Set(JsonNode root, object[] path, JsonNode? value, bool remove = false)
    {
        var parent = root;
        foreach (var step in path[..^1]) parent = step is string name ? parent[name]! : parent[(int)step]!;
        if (path[^1] is string last)
        {
            if (remove) parent.AsObject().Remove(last);
            else parent[last] = value;
        }
        else parent[(int)path[^1]] = value;
    }

    private static string Describe(object[] path) =>
        string.Concat(path.Select((p, i) => p is int n ? $"[{n}]" : (i == 0 ? "" : ".") + p));

    private string HugeString() => string.Concat(Enumerable.Repeat("测a", HugeStringLength / 2)) + random.Next(10).ToString(CultureInfo.InvariantCulture);

    private Guid NewGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
