namespace AccountingPlatform.PersonnelRecord.Work;

/// <summary>单位性质.</summary>
public enum EmployerType
{
    Enterprise,
    GovernmentAgency,
    PublicInstitution,
    SocialOrganization,
    Other,
}
