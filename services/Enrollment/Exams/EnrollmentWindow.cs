namespace AccountingPlatform.Enrollment.Exams;

/// <summary>Where a province's registration window stands at a moment, as the exam list shows it.</summary>
public enum EnrollmentWindow
{
    NotYetOpen,
    Open,
    Closed,
}
