namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>最高学历（学位）.</summary>
public enum EducationLevel
{
    /// <summary>大学专科</summary>
    JuniorCollege,
    /// <summary>大学本科</summary>
    Bachelor,
    /// <summary>第二学士学位</summary>
    SecondBachelor,
    /// <summary>研究生班</summary>
    GraduateClass,
    /// <summary>硕士</summary>
    Master,
    /// <summary>博士</summary>
    Doctor,
}
