using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.PersonnelRecord;

/// <summary>Images of the record: uploaded by the candidate, judged by content, read by the owner and covering reviewers (rules in Files/).</summary>
public static class FilesApi
{
    public static IEndpointRouteBuilder MapFilesApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/personnel/me/record/files").WithTags("Personnel record files").RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapPost("/", (HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken ct) => RecordFileUpload.UploadAsync(http, db, clock, ct))
            .Accepts<IFormFile>("multipart/form-data").WithSummary("上传图片（multipart/form-data：kind, file）；标准证件照、证件正反面以最新一次上传为准");

        var records = app.MapGroup("/api/personnel/records").WithTags("Personnel record files");
        records.MapGet("/{recordId:guid}/files/{fileId:guid}", (Guid recordId, Guid fileId, HttpContext http, PersonnelDbContext db, CancellationToken ct) =>
            RecordFileReading.GetAsync(recordId, fileId, http, db, ct)).WithSummary("查看图片（仅本人及所辖审核人员）");
        return app;
    }
}
