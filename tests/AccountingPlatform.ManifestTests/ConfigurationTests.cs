using AccountingPlatform.ManifestTests.Support;
using k8s.Models;

namespace AccountingPlatform.ManifestTests;

/// <summary>Every name a process reads under the AppHost (its own manifest) is set in Kubernetes too (<see cref="ConfigurationNames"/>).</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("production", true)]
    [InlineData("dev", false)]
    public void Every_process_receives_every_configuration_name_it_reads_under_the_AppHost(string overlay, bool channelsConfigured)
    {
        var rendered = RenderedOverlay.Of(overlay);
        foreach (var process in ConfigurationNames.Processes)
        {
            var container = rendered.All<V1Deployment>().Single(d => d.Name() == process).Spec.Template.Spec.Containers.Single();
            var expected = ConfigurationNames.Of(process).Where(n => channelsConfigured || !ConfigurationNames.ChannelCredentials.Contains(n));
            var missing = expected.Except(rendered.NamesOf(container)).ToList();
            Assert.True(missing.Count == 0, $"{process} in {overlay} lacks {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void The_AppHost_manifest_lists_the_six_services_the_gateway_and_the_portal()
    {
        Assert.Equal(["enrollment", "identity", "payment", "personnel", "realname", "review"], ConfigurationNames.Services.Order());
        Assert.Equal(ConfigurationNames.Services.Concat(["gateway", "web"]).Order(), ConfigurationNames.Processes.Order());
        Assert.Contains("Identity__SigningKey", ConfigurationNames.Of("identity"));
        Assert.Contains("Channels__Alipay__AlipayPublicKey", ConfigurationNames.Of("payment"));
    }

    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void No_process_believes_X_Forwarded_For_from_anyone(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        foreach (var deployment in rendered.All<V1Deployment>())
            Assert.DoesNotContain(ConfigurationNames.ForwardedHeadersFromAnyone, rendered.NamesOf(deployment.Spec.Template.Spec.Containers.Single()));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("production")]
    public void Services_start_without_migrating_and_a_job_per_service_migrates_with_the_same_image_and_database(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        foreach (var service in ConfigurationNames.Services)
        {
            var deployment = rendered.All<V1Deployment>().Single(d => d.Name() == service).Spec.Template.Spec.Containers.Single();
            var migrateOnStart = rendered.All<V1ConfigMap>().Where(c => deployment.EnvFrom.Any(e => e.ConfigMapRef?.Name == c.Name()))
                .Select(c => c.Data.TryGetValue("Database__MigrateOnStart", out var value) ? value : null).OfType<string>().Single();
            Assert.Equal("false", migrateOnStart);
            var job = rendered.All<V1Job>().Single(j => j.Name() == $"{service}-migrate").Spec.Template.Spec;
            var migrate = job.Containers.Single();
            Assert.Equal(["migrate"], migrate.Args);
            Assert.Equal(deployment.Image, migrate.Image);
            Assert.Contains($"ConnectionStrings__{service}db", rendered.NamesOf(migrate));
            Assert.Equal("OnFailure", job.RestartPolicy);
        }
    }
}
