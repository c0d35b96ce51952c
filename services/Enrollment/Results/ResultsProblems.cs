using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>The refusals of a results import: one code, one text each.</summary>
public static class ResultsProblems
{
    public static ProblemHttpResult TooLarge() => ApiProblem.Create(StatusCodes.Status413PayloadTooLarge, "ENROLLMENT_RESULTS_TOO_LARGE",
        $"成绩文件不能超过{ResultsFile.MaxBytes / 1024 / 1024}MB，请分批导入");

    public static ProblemHttpResult Invalid(ResultsFileReader file) => ApiProblem.Validation("ENROLLMENT_RESULTS_INVALID", ResultsFileCheck.ByLine(file.Errors),
        file.BadLines > file.Errors.Select(e => e.Line).Distinct().Count()
            ? $"成绩文件有{file.BadLines}行有误（以下列出前{ResultsImportJob.MaxListedErrors}个错误），未导入任何记录，请修改后重新导入"
            : $"成绩文件有{file.BadLines}行有误，未导入任何记录，请修改后重新导入");

    public static ProblemHttpResult ImportNotFound() => ApiProblem.NotFound("ENROLLMENT_RESULTS_IMPORT_NOT_FOUND", "成绩导入记录不存在");
}
