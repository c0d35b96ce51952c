using System.Text.Json;

namespace AccountingPlatform.Divisions;

/// <summary>
/// The province → city → county tree of mainland China, loaded once from the embedded data. Codes are the six-digit
/// GB/T 2260 codes; the data's two- and four-digit province and city codes are padded with zeros, and the towns the
/// data lists under cities without counties are left out (such a city is itself the county level).
/// </summary>
public sealed class DivisionTree
{
    private readonly Dictionary<string, Division> _byCode = [];
    private readonly Dictionary<string, List<Division>> _children = [];

    public static DivisionTree Instance { get; } = Load();

    public IReadOnlyList<Division> Provinces => _children[""];

    public Division? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var d) ? d : null;

    public IReadOnlyList<Division> ChildrenOf(string? code) =>
        _children.TryGetValue(code ?? "", out var list) ? list : [];

    /// <summary>"广东省 / 深圳市 / 南山区"; the 市辖区 level of municipalities is left out.</summary>
    public string FullName(string code)
    {
        var names = new List<string>();
        for (var d = Find(code); d is not null; d = Find(d.ParentCode))
            if (d.Name != "市辖区" && d.Name != "县") names.Insert(0, d.Name);
        return string.Join(" / ", names);
    }

    private static DivisionTree Load()
    {
        using var stream = typeof(DivisionTree).Assembly.GetManifestResourceStream("pca-code.json")
            ?? throw new InvalidOperationException("The embedded division data is missing.");
        using var json = JsonDocument.Parse(stream);
        var tree = new DivisionTree();
        foreach (var province in json.RootElement.EnumerateArray())
        {
            var p = tree.Add(province, DivisionLevel.Province, null);
            foreach (var city in province.GetProperty("children").EnumerateArray())
            {
                var counties = city.TryGetProperty("children", out var list)
                    ? list.EnumerateArray().Where(c => c.GetProperty("code").GetString()!.Length == 6).ToList()
                    : [];
                var c = tree.Add(city, DivisionLevel.City, p.Code, isCountyLevel: counties.Count == 0);
                foreach (var county in counties) tree.Add(county, DivisionLevel.County, c.Code, isCountyLevel: true);
            }
        }
        return tree;
    }

    private Division Add(JsonElement node, DivisionLevel level, string? parent, bool isCountyLevel = false)
    {
        var division = new Division(node.GetProperty("code").GetString()!.PadRight(6, '0'), node.GetProperty("name").GetString()!, level, parent, isCountyLevel);
        _byCode[division.Code] = division;
        var key = parent ?? "";
        if (!_children.TryGetValue(key, out var siblings)) _children[key] = siblings = [];
        siblings.Add(division);
        return division;
    }
}
