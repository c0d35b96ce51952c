using k8s.Models;

namespace AccountingPlatform.ManifestTests.Support;

/// <summary>Kubernetes' rule for a label selector (matchLabels and matchExpressions; an empty selector selects all).</summary>
public static class LabelSelectors
{
    public static bool Selects(this V1LabelSelector? selector, IDictionary<string, string>? labels)
    {
        labels ??= new Dictionary<string, string>();
        if (selector is null) return true;
        var labelsMatch = (selector.MatchLabels ?? new Dictionary<string, string>())
            .All(l => labels.TryGetValue(l.Key, out var value) && value == l.Value);
        return labelsMatch && (selector.MatchExpressions ?? []).All(e => e.OperatorProperty switch
        {
            "In" => labels.TryGetValue(e.Key, out var value) && e.Values.Contains(value),
            "NotIn" => !labels.TryGetValue(e.Key, out var value) || !e.Values.Contains(value),
            "Exists" => labels.ContainsKey(e.Key),
            "DoesNotExist" => !labels.ContainsKey(e.Key),
            _ => throw new InvalidOperationException($"Unknown selector operator {e.OperatorProperty}."),
        });
    }
}
