using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>The problems more than one administrator's use case answers: one code, one text each.</summary>
public static class ExamProblems
{
    public static ProblemHttpResult NotFound() => ApiProblem.NotFound("ENROLLMENT_EXAM_NOT_FOUND", "考试不存在");
}
