namespace AccountingPlatform.ManifestTests.Support;

/// <summary>A resource of an operator's CRD, as YAML: reached by a path of keys (<c>Get("spec", "target", "name")</c>).</summary>
public sealed class OperatorResource(Dictionary<object, object> yaml)
{
    public string Kind => (string)yaml["kind"];
    public string Name => (string)Get("metadata", "name")!;

    public object? Get(params string[] path)
    {
        object? node = yaml;
        foreach (var key in path)
            node = node is Dictionary<object, object> map && map.TryGetValue(key, out var next) ? next : null;
        return node;
    }

    public IReadOnlyList<object> List(params string[] path) => Get(path) as List<object> ?? [];
}
