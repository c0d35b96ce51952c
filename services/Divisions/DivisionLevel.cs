namespace AccountingPlatform.Divisions;

public enum DivisionLevel
{
    Province,
    City,
    County,
}
