using AccountingPlatform.Divisions;
using AccountingPlatform.Images;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord;

/// <summary>Images of the record: uploaded by the candidate, judged by content, read by the owner and covering reviewers.</summary>
public static class FilesApi
{
    public sealed record FileView(Guid Id, RecordFileKind Kind, string ContentType, int Width, int Height, long Length, string Url);

    public static IEndpointRouteBuilder MapFilesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/personnel/me/record/files", UploadAsync).WithTags("Personnel record files")
            .RequireAuthorization(PlatformClaims.Policies.Candidate)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("上传图片（multipart/form-data：kind, file）；标准证件照、证件正反面以最新一次上传为准");
        app.MapGet("/api/personnel/records/{recordId:guid}/files/{fileId:guid}", GetAsync).WithTags("Personnel record files")
            .WithSummary("查看图片（仅本人及所辖审核人员）");
        return app;
    }

    public static async Task<Results<Created<FileView>, ProblemHttpResult>> UploadAsync(
        HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (form, formProblem) = await MultipartForm.ReadAsync(http, cancellationToken);
        if (formProblem is not null) return formProblem;
        if (!Enum.TryParse<RecordFileKind>(form!["kind"], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            return ApiProblem.Validation("PERSONNEL_FILE_INVALID", new Dictionary<string, string[]> { ["kind"] = ["请选择图片类型"] });
        var (image, error) = await ImageUpload.ReadAsync(form.Files.GetFile("file"), RecordFileRules.For(kind), cancellationToken);
        if (error is not null) return ApiProblem.Validation("PERSONNEL_FILE_INVALID", new Dictionary<string, string[]> { ["file"] = [error] });

        var now = clock.GetUtcNow();
        var (record, _, problem) = await RecordEditing.BeginAsync(db, http.User.GetUserId(), now, cancellationToken);
        if (problem is not null) return problem;
        var file = new RecordFile(image!) { UserId = record!.UserId, Kind = kind, UploadedAt = now };
        db.Files.Add(file);
        switch (kind)
        {
            case RecordFileKind.StandardPhoto: record.StandardPhotoId = file.Id; break;
            case RecordFileKind.CertificateFront: record.CertificateFrontId = file.Id; break;
            case RecordFileKind.CertificateBack: record.CertificateBackId = file.Id; break;
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(RecordFileLinks.Of(record.Id, file.Id), ToView(record.Id, file));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        Guid recordId, Guid fileId, HttpContext http, PersonnelDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken);
        var file = record is not null && PrivateImages.MayView(http.User, record.UserId, record.DepartmentDivisionCode)
            ? await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.UserId == record.UserId, cancellationToken)
            : null;
        if (file is null) return ApiProblem.NotFound("PERSONNEL_FILE_NOT_FOUND", "图片不存在");
        return PrivateImages.Serve(http, file, file.Kind.ToString());
    }

    public static FileView ToView(Guid recordId, RecordFile f) => new(f.Id, f.Kind, f.ContentType, f.Width, f.Height, f.Length, RecordFileLinks.Of(recordId, f.Id));
}
