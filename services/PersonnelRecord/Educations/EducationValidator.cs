namespace AccountingPlatform.PersonnelRecord.Educations;

/// <summary>Field by field; dates must make sense: after birth, start before graduation, nothing started in the future.</summary>
public static class EducationValidator
{
    public static Dictionary<string, string[]> Validate(EducationRequest r, DateOnly today, DateOnly? birthDate, bool certificationUploaded)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.TrainingMode is null) errors["trainingMode"] = ["请选择培养方式"];
        if (string.IsNullOrWhiteSpace(r.School) || r.School.Trim().Length > 100) errors["school"] = ["请填写毕业学校（不超过100字）"];
        if (r.Level is null) errors["level"] = ["请选择学历"];
        if (r.Degree is null) errors["degree"] = ["请选择学位（无学位请选择“无”）"];
        if (string.IsNullOrWhiteSpace(r.Major) || r.Major.Trim().Length > 100) errors["major"] = ["请填写所学专业（不超过100字）"];
        if (r.DiplomaNumber?.Length > 50) errors["diplomaNumber"] = ["毕业证书编号不超过50字"];
        if (r.DegreeNumber?.Length > 50) errors["degreeNumber"] = ["学位证书编号不超过50字"];

        if (r.StartDate is not { } start) errors["startDate"] = ["请填写入学日期"];
        else if (start > today) errors["startDate"] = ["入学日期不能晚于今天"];
        else if (birthDate is { } birth && start < birth.AddYears(5)) errors["startDate"] = ["入学日期与出生日期不符"];
        if (r.GraduationDate is not { } graduation) errors["graduationDate"] = ["请填写毕业日期"];
        else if (r.StartDate is { } s && graduation <= s) errors["graduationDate"] = ["毕业日期须晚于入学日期"];
        else if (graduation > today.AddYears(6)) errors["graduationDate"] = ["毕业日期不合理"];

        var bachelorOrHigher = r.Degree is Degree.Bachelor or Degree.Master or Degree.Doctor || r.Level >= EducationLevel.Bachelor;
        if (r.Overseas && bachelorOrHigher && !certificationUploaded)
            errors["overseasCertificationFileId"] = ["境外取得本科及以上学历学位的，须上传教育部留学服务中心认证材料"];
        return errors;
    }
}
