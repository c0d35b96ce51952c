using AccountingPlatform.Enrollment.Exams;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>Publishing and unpublishing an exam, branch by branch.</summary>
public sealed class ExamPublicationTests
{
    [Fact]
    public void An_unknown_exam_is_not_found() =>
        Assert.Equal(ExamPublicationChange.NotFound, ExamPublication.Decide(published: null, publish: true, enrollments: 0));

    [Fact]
    public void A_draft_is_published_whether_or_not_and_a_published_exam_nobody_enrolled_in_goes_back_to_a_draft()
    {
        Assert.Equal(ExamPublicationChange.Publish, ExamPublication.Decide(published: false, publish: true, enrollments: 0));
        Assert.Equal(ExamPublicationChange.Unpublish, ExamPublication.Decide(published: true, publish: false, enrollments: 0));
    }

    [Fact]
    public void An_exam_with_enrollments_stays_published() =>
        Assert.Equal(ExamPublicationChange.HasEnrollments, ExamPublication.Decide(published: true, publish: false, enrollments: 1));

    [Theory]
    [InlineData(true, 5)]
    [InlineData(false, 0)]
    public void Asking_for_what_already_is_changes_nothing(bool published, int enrollments) =>
        Assert.Equal(ExamPublicationChange.Unchanged, ExamPublication.Decide(published, publish: published, enrollments));
}
