using System.Globalization;
using AccountingPlatform.Divisions;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.ServiceDefaults.Words;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>
/// The record as a reviewer reads it, one labelled line per field, in Chinese; the same labels in every version so a
/// resubmission can be compared with what was last decided. Image lines carry the file's SHA-256, so a new photo shows.
/// </summary>
public static class RecordSnapshot
{
    public static async Task<(Dictionary<string, string> Lines, List<string> AttachmentUrls)> BuildAsync(
        PersonnelDbContext db, PersonnelRecordEntry record, Candidates.Candidate candidate, CancellationToken cancellationToken)
    {
        var lines = new Dictionary<string, string>
        {
            ["姓名"] = candidate.Name,
            ["证件类型"] = RecordWords.Of(RecordWords.CertificateTypes, candidate.CertificateType),
            ["证件号码"] = candidate.CertificateNumber,
            ["采集范围"] = RecordWords.Of(RecordWords.CollectionScopes, record.CollectionScope?.ToString()),
            ["会计管理部门"] = record.DepartmentDivisionCode is { } code ? DivisionTree.Instance.FullName(code) : "",
        };
        if (record.DepartmentReason is { } reason)
            lines["会计管理部门选择原因"] = $"与当前工作单位所在地不一致：{EmployerLocation.NameOf(reason)}";
        var files = await db.Files.AsNoTracking().Where(f => f.UserId == record.UserId)
            .Select(f => new { f.Id, f.Kind, f.Sha256 }).ToListAsync(cancellationToken);
        var urls = new List<string>();
        void Image(string label, Guid? id)
        {
            if (id is null || files.FirstOrDefault(f => f.Id == id) is not { } file) return;
            lines[label] = Convert.ToHexStringLower(file.Sha256)[..16];
            urls.Add(RecordFileLinks.Of(record.Id, file.Id));
        }
        Image("标准证件照", record.StandardPhotoId);
        Image("证件正面", record.CertificateFrontId);
        Image("证件反面", record.CertificateBackId);

        var educations = await db.Educations.AsNoTracking().Where(e => e.UserId == record.UserId).OrderBy(e => e.StartDate).ToListAsync(cancellationToken);
        for (var i = 0; i < educations.Count; i++)
        {
            var e = educations[i];
            lines[$"教育经历{i + 1}"] = $"{Date(e.StartDate)}—{Date(e.GraduationDate)} {e.School} {e.Major} {Word(RecordWords.EducationLevels, e.Level)}"
                + $" {Word(RecordWords.Degrees, e.Degree)}学位 {Word(RecordWords.TrainingModes, e.TrainingMode)} 毕业证书{e.DiplomaNumber} 学位证书{e.DegreeNumber}{(e.Overseas ? " 境外" : "")}";
            Image($"教育经历{i + 1}留学认证", e.OverseasCertificationFileId);
        }
        var work = await db.WorkExperiences.AsNoTracking().Where(w => w.UserId == record.UserId).OrderBy(w => w.StartDate).ToListAsync(cancellationToken);
        for (var i = 0; i < work.Count; i++)
        {
            var w = work[i];
            lines[$"工作经历{i + 1}"] = $"{Date(w.StartDate)}—{(w.EndDate is { } end ? Date(end) : "至今")} {w.Employer} {w.CreditCode} {Word(RecordWords.EmployerTypes, w.EmployerType)} {w.Industry} {w.Address} {w.Phone}";
            if (w.HasAccountingWork)
                lines[$"工作经历{i + 1}会计工作"] = string.Join("；", w.AccountingWorks.Select(a => $"{Date(a.StartDate)}—{(a.EndDate is { } ae ? Date(ae) : "至今")} {a.Position}"));
            Image($"工作经历{i + 1}会计工作证明", w.ProofFileId);
        }
        return (lines, urls);
    }

    private static string Word<T>(IReadOnlyList<(string Value, string Text)> words, T value) => RecordWords.Of(words, value?.ToString());

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
