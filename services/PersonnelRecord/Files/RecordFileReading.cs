using AccountingPlatform.Images;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Files;

/// <summary>A record's image, to its owner and to reviewers covering the record's department; to anyone else it does not exist.</summary>
public static class RecordFileReading
{
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
}
