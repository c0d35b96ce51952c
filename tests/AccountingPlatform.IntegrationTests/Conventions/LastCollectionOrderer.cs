using Xunit.Abstractions;
using Xunit.Sdk;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>Runs the test collections in name order, with <see cref="SuiteLogsTests.CollectionName"/> last: it reads what the whole suite logged.</summary>
public sealed class LastCollectionOrderer : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName == SuiteLogsTests.CollectionName).ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
