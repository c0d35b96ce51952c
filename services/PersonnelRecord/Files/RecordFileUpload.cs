using AccountingPlatform.Images;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using AccountingPlatform.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.PersonnelRecord.Files;

/// <summary>
/// An image uploaded to the candidate's record, judged by content against its kind's rule (<see cref="RecordFileRules"/>);
/// the standard photo and the certificate sides are the latest upload of their kind. The kind is named as every enum a
/// client sends (<see cref="ClientEnums"/>): <c>kind=0</c> or a padded name is no kind.
/// </summary>
public static class RecordFileUpload
{
    public static async Task<Results<Created<FileView>, ProblemHttpResult>> UploadAsync(
        HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (form, formProblem) = await MultipartForm.ReadAsync(http, cancellationToken);
        if (formProblem is not null) return formProblem;
        var kindText = form!["kind"].ToString();
        if (!ClientEnums.TryParse<RecordFileKind>(kindText, out var kind))
            return ApiProblem.Validation("PERSONNEL_FILE_INVALID", new Dictionary<string, string[]>
            {
                ["kind"] = [string.IsNullOrEmpty(kindText) ? "请选择图片类型" : ClientEnums.Error(typeof(RecordFileKind))],
            });
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
        return TypedResults.Created(RecordFileLinks.Of(record.Id, file.Id), FileView.Of(record.Id, file));
    }
}
