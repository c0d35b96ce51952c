namespace AccountingPlatform.Enrollment.Exams;

/// <summary>会计专业技术资格的级别. The platform runs the intermediate exam (中级).</summary>
public enum ExamLevel
{
    /// <summary>中级: passes are carried for two consecutive exam years.</summary>
    Intermediate,
}
