namespace AccountingPlatform.Contracts;

/// <summary>What a review decision is about.</summary>
public enum ReviewItemKind
{
    PersonnelRecord,
    RealNameApplication,
}
