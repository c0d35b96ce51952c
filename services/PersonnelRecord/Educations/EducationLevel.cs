namespace AccountingPlatform.PersonnelRecord.Educations;

/// <summary>学历, lowest first.</summary>
public enum EducationLevel
{
    HighSchool,
    Secondary,
    JuniorCollege,
    Bachelor,
    Master,
    Doctor,
}
