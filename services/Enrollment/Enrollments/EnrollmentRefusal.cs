using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// Why an enrollment is refused, as decided (HTTP status, stable code, the Chinese message, and the fields at fault
/// for a 400); answered as an RFC 9457 problem by <see cref="ToProblem"/>.
/// </summary>
public sealed record EnrollmentRefusal(int Status, string Code, string? Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static EnrollmentRefusal Invalid(string code, IReadOnlyDictionary<string, string[]> errors, string? detail = null) =>
        new(StatusCodes.Status400BadRequest, code, detail, errors);

    public static EnrollmentRefusal Field(string code, string field, string message) =>
        Invalid(code, new Dictionary<string, string[]> { [field] = [message] });

    public static EnrollmentRefusal NotFound(string code, string detail) => new(StatusCodes.Status404NotFound, code, detail);
    public static EnrollmentRefusal Conflict(string code, string detail) => new(StatusCodes.Status409Conflict, code, detail);
    public static EnrollmentRefusal Unprocessable(string code, string detail) => new(StatusCodes.Status422UnprocessableEntity, code, detail);

    public ProblemHttpResult ToProblem() => Errors switch
    {
        null => ApiProblem.Create(Status, Code, Detail!),
        _ when Detail is null => ApiProblem.Validation(Code, Errors.ToDictionary()),
        _ => ApiProblem.Validation(Code, Errors.ToDictionary(), Detail),
    };
}
