namespace AccountingPlatform.InstanceTests.Support;

/// <summary>Every test class of the project: one platform, its tests one after another, the expiring items made as they begin.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<ExpiringItems>
{
    public const string Name = "two-instance platform";
}
