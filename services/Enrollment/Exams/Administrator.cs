using System.Security.Claims;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>The administrator making a change, as the exam's audit records them: the account's id and the name their token carries.</summary>
public sealed record Administrator(Guid Id, string Name)
{
    public static Administrator Of(ClaimsPrincipal user) => new(user.GetUserId(), user.GetStaffName());
}
