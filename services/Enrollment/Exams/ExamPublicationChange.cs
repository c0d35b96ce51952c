namespace AccountingPlatform.Enrollment.Exams;

/// <summary>What publishing or unpublishing an exam comes to (<see cref="ExamPublication.Decide"/>).</summary>
public enum ExamPublicationChange
{
    /// <summary>No such exam: 404.</summary>
    NotFound,
    /// <summary>Unpublishing an exam candidates already enrolled in: 409.</summary>
    HasEnrollments,
    /// <summary>Already as asked: answered with the exam, nothing written or audited.</summary>
    Unchanged,
    /// <summary>Candidates see it from now on.</summary>
    Publish,
    /// <summary>Back to a draft candidates do not see.</summary>
    Unpublish,
}
