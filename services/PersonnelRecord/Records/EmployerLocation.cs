using AccountingPlatform.Divisions;
using AccountingPlatform.PersonnelRecord.Work;

namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>
/// Seed 004: 在职在岗人员应选择工作单位所在地. A candidate with a current job (a work entry 至今) whose employer is
/// registered (its credit code's division) neither inside nor above the chosen department's division is asked why before
/// submitting, and the reviewer reads the answer. Anyone without a current job chooses by household registration or
/// residence, which the record does not hold: nothing to compare.
/// </summary>
public static class EmployerLocation
{
    /// <summary>The current employer the department is away from; null when one current employer is at the department, or there is nothing to compare.</summary>
    public static EmployerAway? AwayFrom(IEnumerable<(string Employer, string CreditCode)> currentEmployers, string? departmentDivisionCode)
    {
        if (departmentDivisionCode is null) return null;
        var located = currentEmployers
            .Select(e => (e.Employer, Division: UnifiedSocialCreditCode.RegistrationDivisionOf(e.CreditCode)))
            .Where(e => e.Division is not null)
            .ToList();
        if (located.Count == 0) return null;
        if (located.Any(e => DivisionScope.Covers(e.Division!, departmentDivisionCode) || DivisionScope.Covers(departmentDivisionCode, e.Division!)))
            return null;
        var (employer, division) = located[0];
        return new EmployerAway(employer, division!, DivisionTree.Instance.FullName(division!));
    }

    public static string NameOf(DepartmentReason reason) => reason switch
    {
        DepartmentReason.HouseholdRegistration => "户籍所在地",
        DepartmentReason.Residence => "居住地",
        _ => "实际工作地与单位登记地不同",
    };
}
