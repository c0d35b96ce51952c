using AccountingPlatform.Contracts;
using AccountingPlatform.Divisions;
using AccountingPlatform.Messaging;
using AccountingPlatform.Review.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Departments;

/// <summary>An administrator registers or corrects a division's accounting management department; <c>DepartmentUpdated</c> copies it to review notices.</summary>
public static class DepartmentRegistration
{
    public static async Task<Results<Ok<DepartmentView>, ProblemHttpResult>> SaveAsync(
        string divisionCode, DepartmentRequest request, HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (DivisionTree.Instance.Find(divisionCode) is null) errors["divisionCode"] = ["行政区划代码不存在"];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100) errors["name"] = ["请填写部门名称（不超过100字）"];
        if (string.IsNullOrWhiteSpace(request.Phone) || request.Phone.Length > 40) errors["phone"] = ["请填写联系电话"];
        if (string.IsNullOrWhiteSpace(request.Address) || request.Address.Length > 200) errors["address"] = ["请填写办公地址（不超过200字）"];
        if (errors.Count > 0) return ApiProblem.Validation("REVIEW_DEPARTMENT_INVALID", errors);

        var now = clock.GetUtcNow();
        var adminId = http.User.GetUserId();
        var department = await db.Departments.FirstOrDefaultAsync(d => d.DivisionCode == divisionCode, cancellationToken);
        if (department is null)
        {
            department = new Department { DivisionCode = divisionCode, Name = "", Phone = "", Address = "" };
            db.Departments.Add(department);
        }
        (department.Name, department.Phone, department.Address) = (request.Name!.Trim(), request.Phone!.Trim(), request.Address!.Trim());
        (department.UpdatedAt, department.UpdatedBy) = (now, adminId);
        db.AddIntegrationEvent(new DepartmentUpdated(divisionCode, department.Name, department.Phone, department.Address, adminId, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DepartmentView.Of(department));
    }
}
