namespace AccountingPlatform.PersonnelRecord.Work;

/// <summary>Field by field: a real credit code, sensible dates, and accounting work inside the job with one proof image.</summary>
public static class WorkExperienceValidator
{
    public static Dictionary<string, string[]> Validate(WorkExperienceRequest r, DateOnly today, DateOnly? birthDate, bool proofUploaded)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Employer) || r.Employer.Trim().Length > 100) errors["employer"] = ["请填写工作单位名称（不超过100字）"];
        if (!UnifiedSocialCreditCode.IsValid(UnifiedSocialCreditCode.Normalize(r.CreditCode))) errors["creditCode"] = ["统一社会信用代码不正确"];
        if (r.EmployerType is null) errors["employerType"] = ["请选择单位性质"];
        if (string.IsNullOrWhiteSpace(r.Industry) || r.Industry.Length > 50) errors["industry"] = ["请填写所属行业"];
        if (string.IsNullOrWhiteSpace(r.Address) || r.Address.Length > 200) errors["address"] = ["请填写单位地址（不超过200字）"];
        if (string.IsNullOrWhiteSpace(r.Phone) || r.Phone.Length > 20 || !r.Phone.All(c => char.IsAsciiDigit(c) || c == '-'))
            errors["phone"] = ["请填写正确的单位电话"];

        if (r.StartDate is not { } start) errors["startDate"] = ["请填写开始日期"];
        else if (start > today) errors["startDate"] = ["开始日期不能晚于今天"];
        else if (birthDate is { } birth && start < birth.AddYears(14)) errors["startDate"] = ["开始日期与出生日期不符"];
        if (r.EndDate is { } end && (end > today || r.StartDate is { } s && end < s)) errors["endDate"] = ["结束日期须在开始日期之后且不晚于今天（在职请选择“至今”）"];

        if (!r.HasAccountingWork) return errors;
        if (r.AccountingWorks is not { Count: > 0 } works)
        {
            errors["accountingWorks"] = ["从事会计工作的，请填写会计工作经历"];
        }
        else
        {
            for (var i = 0; i < works.Count; i++)
            {
                if (works[i] is not { } w)
                {
                    errors[$"accountingWorks[{i}]"] = ["请填写会计工作经历"];
                    continue;
                }
                var inside = w.StartDate is { } ws && r.StartDate is { } js && ws >= js && ws <= today
                    && (w.EndDate is not { } we || we >= ws && we <= today && (r.EndDate is not { } je || we <= je));
                if (string.IsNullOrWhiteSpace(w.Position) || w.Position.Length > 50) errors[$"accountingWorks[{i}].position"] = ["请填写会计岗位"];
                if (!inside) errors[$"accountingWorks[{i}].startDate"] = ["会计工作期间须在该工作经历期间之内"];
            }
        }
        if (!proofUploaded) errors["proofFileId"] = ["从事会计工作的，须上传一张会计工作证明图片"];
        return errors;
    }
}
