namespace AccountingPlatform.PersonnelRecord.Educations;

/// <summary>学位.</summary>
public enum Degree
{
    None,
    Bachelor,
    Master,
    Doctor,
}
