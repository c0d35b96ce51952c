namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>
/// The first collections of the run (<see cref="LastCollectionOrderer"/> runs collections in name order): a normal
/// journey on the freshly started platform, then <see cref="CleanStartLogsTests"/>, before any test breaks something on
/// purpose.
/// </summary>
public static class CleanStartCollection
{
    public const string Journey = "00 A fresh start and a normal journey";
    public const string Logs = "01 What a fresh start, a normal journey and a restart logged";
}
