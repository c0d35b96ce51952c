using AccountingPlatform.Divisions;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using AccountingPlatform.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>An administrator creates a reviewer account (with the division it reviews) or another administrator's.</summary>
public static class StaffAccountCreation
{
    public static async Task<Results<Created<StaffAccountView>, ProblemHttpResult>> CreateAsync(
        StaffAccountRequest request, HttpContext http, IdentityDbContext db, IPasswordHasher<UserAccount> hasher, TimeProvider clock,
        ILogger<StaffAccountView> logger, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length is < 2 or > 50) errors["name"] = ["请填写姓名（2至50个字符）"];
        if (!PhoneNumber.IsValid(request.Phone)) errors["phone"] = ["请输入正确的11位手机号码"];
        if (request.Role is not (PlatformClaims.Roles.Reviewer or PlatformClaims.Roles.Admin)) errors["role"] = ["角色须为 reviewer 或 admin"];
        if (request.Role == PlatformClaims.Roles.Reviewer && DivisionTree.Instance.Find(request.DivisionCode) is null)
            errors["divisionCode"] = ["审核人员须指定所辖行政区划"];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["请设置初始密码"];
        else if (PasswordPolicy.Check(request.Password, request.Phone ?? "", null) is { } weak) errors["password"] = [weak];
        if (errors.Count > 0) return ApiProblem.Validation("IDENTITY_STAFF_ACCOUNT_INVALID", errors);

        var user = new UserAccount
        {
            Name = request.Name!.Trim(),
            Phone = request.Phone!,
            Role = request.Role!,
            DivisionCode = request.Role == PlatformClaims.Roles.Reviewer ? request.DivisionCode : null,
            CreatedAt = clock.GetUtcNow(),
        };
        user.PasswordHash = hasher.HashPassword(user, request.Password!);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return IdentityProblems.PhoneTaken();
        }
        logger.LogInformation("Administrator {AdminId} created {Role} account {UserId} for division {DivisionCode}",
            http.User.GetUserId(), user.Role, user.Id, user.DivisionCode);
        return TypedResults.Created("/api/identity/users/me", StaffAccountView.Of(user));
    }
}
