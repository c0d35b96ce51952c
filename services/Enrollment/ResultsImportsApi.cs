using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.Enrollment.Results;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Enrollment;

/// <summary>
/// Administrators import the subjects passed in an exam: a file checked line by line as it streams in (a dry run writes
/// nothing), then merged by a job whose status they watch; an exam's imports are listed, newest first.
/// </summary>
public static class ResultsImportsApi
{
    public static IEndpointRouteBuilder MapResultsImportsApi(this IEndpointRouteBuilder app)
    {
        var results = app.MapGroup("/api/enrollment/admin/exams/{examCode}/results").WithTags("Results imports")
            .RequireAuthorization(PlatformClaims.Policies.Admin);
        results.MapPost("/", (string examCode, HttpRequest request, HttpContext http, EnrollmentDbContext db, ResultsImportSignal signal, TimeProvider clock,
                CancellationToken ct, bool dryRun = false) => ResultsImport.ImportAsync(examCode, dryRun, request, Administrator.Of(http.User), db, signal, clock, ct))
            .Accepts<string>("text/csv")
            .WithSummary("导入合格科目（CSV：certificateType,certificateNumber,subjectCode,score，其后可加考生报名信息列；逐行检查，有误则整批不导入；无误则202并返回导入任务；dryRun=true 只检查、不写入）");
        results.MapGet("/imports", (string examCode, EnrollmentDbContext db, CancellationToken ct, int page = 1, int pageSize = 20) =>
            ResultsImportQueries.ListAsync(examCode, db, ct, page, pageSize)).WithSummary("本考试的成绩导入任务，最新的在前：阶段、行数、有误行数、导入条数、导入人、时间（管理员）");
        results.MapGet("/imports/{id:guid}", (string examCode, Guid id, EnrollmentDbContext db, CancellationToken ct) =>
            ResultsImportQueries.GetAsync(examCode, id, db, ct)).WithSummary("成绩导入任务的状态：阶段、已读行数、错误、已导入条数、时间（管理员）");
        return app;
    }
}
