namespace AccountingPlatform.ManifestTests.Support;

/// <summary>The overlays under deploy/k8s/overlays, for the tests that hold for each.</summary>
public static class Overlays
{
    public static TheoryData<string> All => ["dev", "production"];
}
