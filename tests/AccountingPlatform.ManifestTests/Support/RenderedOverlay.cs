using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using YamlDotNet.Serialization;

namespace AccountingPlatform.ManifestTests.Support;

/// <summary>
/// One overlay rendered and parsed. Kubernetes' own kinds are parsed strictly (<c>KubernetesYaml.LoadAllFromString(…,
/// strict: true)</c>: an unknown field or kind fails the parse). The operators' resources (External Secrets,
/// CloudNativePG, RabbitMQ Cluster Operator), whose kinds that parser does not know, are read as plain YAML
/// (<see cref="OperatorResources"/>) and asserted by the tests field by field.
/// </summary>
public sealed partial class RenderedOverlay
{
    private static readonly string[] OperatorApiGroups = ["external-secrets.io/", "postgresql.cnpg.io/", "rabbitmq.com/"];
    private static readonly Dictionary<string, RenderedOverlay> Rendered = [];

    private RenderedOverlay(IReadOnlyList<object> objects, IReadOnlyList<OperatorResource> operatorResources)
    {
        Objects = objects;
        OperatorResources = operatorResources;
    }

    public IReadOnlyList<object> Objects { get; }
    public IReadOnlyList<OperatorResource> OperatorResources { get; }

    public static RenderedOverlay Of(string overlay)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(overlay, out var rendered)) Rendered[overlay] = rendered = Parse(Kustomize.Render(overlay));
            return rendered;
        }
    }

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public IEnumerable<OperatorResource> OperatorResourcesOf(string kind) => OperatorResources.Where(r => r.Kind == kind);

    /// <summary>Every pod this overlay makes, with its labels: Deployments', Jobs' and StatefulSets' templates.</summary>
    public IEnumerable<(string Owner, IDictionary<string, string> Labels, V1PodSpec Spec)> PodTemplates() =>
        All<V1Deployment>().Select(d => ($"Deployment {d.Name()}", d.Spec.Template.Metadata.Labels, d.Spec.Template.Spec))
            .Concat(All<V1Job>().Select(j => ($"Job {j.Name()}", j.Spec.Template.Metadata.Labels, j.Spec.Template.Spec)))
            .Concat(All<V1StatefulSet>().Select(s => ($"StatefulSet {s.Name()}", s.Spec.Template.Metadata.Labels, s.Spec.Template.Spec)));

    private static RenderedOverlay Parse(string yaml)
    {
        var documents = DocumentSeparator().Split(yaml).Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        var isOperators = documents.ToLookup(d => OperatorApiGroups.Any(g => ApiVersion().Match(d).Groups[1].Value.StartsWith(g, StringComparison.Ordinal)));
        var objects = KubernetesYaml.LoadAllFromString(string.Join("\n---\n", isOperators[false]), strict: true);
        var deserializer = new DeserializerBuilder().Build();
        var operatorResources = isOperators[true].Select(d => new OperatorResource(deserializer.Deserialize<Dictionary<object, object>>(d))).ToList();
        return new RenderedOverlay(objects, operatorResources);
    }

    [GeneratedRegex(@"^---\s*$", RegexOptions.Multiline)]
    private static partial Regex DocumentSeparator();

    [GeneratedRegex(@"^apiVersion:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex ApiVersion();
}
