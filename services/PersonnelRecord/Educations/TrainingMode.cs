namespace AccountingPlatform.PersonnelRecord.Educations;

/// <summary>培养方式.</summary>
public enum TrainingMode
{
    FullTime,
    PartTime,
}
