using System.Globalization;
using System.Text.RegularExpressions;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// Reads a results file: a header <c>certificateType,certificateNumber,subjectCode,score</c> (optionally followed by
/// <see cref="HolderColumns.Header"/>: what the exam office knew of the person), then one passed subject per line. Every bad cell is reported with its line, column and reason (<see cref="ResultsFileCheck"/>): the one
/// validation of the dry run and of the import, which imports the rows only when there is none.
/// </summary>
public static partial class ResultsCsv
{
    public const string Header = "certificateType,certificateNumber,subjectCode,score";
    public const decimal PassMark = 60m;

    public static ResultsFileCheck Check(string text, IReadOnlySet<string> subjectCodes)
    {
        var rows = new List<ResultRow>();
        var errors = new List<ResultLineError>();
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var count = lines.Skip(1).Count(l => !string.IsNullOrWhiteSpace(l));
        var withHolder = string.Equals(lines[0].Replace(" ", ""), $"{Header},{HolderColumns.Header}", StringComparison.OrdinalIgnoreCase);
        if (!withHolder && !string.Equals(lines[0].Replace(" ", ""), Header, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new ResultLineError(1, ResultLineError.HeaderField, $"第1行须为表头：{Header}（其后可加报名信息列：{HolderColumns.Header}）"));
            return new ResultsFileCheck([], count, errors);
        }
        var seen = new Dictionary<(string, string, string), int>();
        for (var i = 1; i < lines.Count; i++)
        {
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var reasons = new List<(string Field, string Message)>();
            var cells = lines[i].Split(',').Select(c => c.Trim()).ToArray();
            var columns = withHolder ? 4 + HolderColumns.Count : 4;
            if (cells.Length != columns)
            {
                errors.Add(new ResultLineError(number, ResultLineError.LineField,
                    $"应有{columns}列（证件类型、证件号码、科目代码、成绩{(withHolder ? "及报名信息" : "")}），实有{cells.Length}列"));
                continue;
            }
            var (type, certificate, subject, scoreText) = (cells[0], AccountingPlatform.ServiceDefaults.Validation.CertificateNumbers.Normalize(cells[1]), cells[2], cells[3]);
            if (!CertificateType().IsMatch(type)) reasons.Add(("certificateType", "证件类型无效"));
            if (!CertificateNumber().IsMatch(certificate)) reasons.Add(("certificateNumber", "证件号码无效"));
            if (!subjectCodes.Contains(subject)) reasons.Add(("subjectCode", $"科目代码{subject}不是本次考试的科目"));
            if (!decimal.TryParse(scoreText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) || score > 100)
                reasons.Add(("score", "成绩须为0至100之间的数字"));
            else if (score < PassMark) reasons.Add(("score", $"成绩{scoreText}未达到合格标准（{PassMark}分），只导入合格科目"));
            var holder = withHolder ? HolderColumns.Read(cells[4..], reasons) : null;
            if (reasons.Count == 0 && seen.TryGetValue((type, certificate, subject), out var first))
                reasons.Add((ResultLineError.LineField, $"与第{first}行重复"));
            if (reasons.Count > 0)
            {
                errors.AddRange(reasons.Select(r => new ResultLineError(number, r.Field, r.Message)));
                continue;
            }
            seen[(type, certificate, subject)] = number;
            rows.Add(new ResultRow(number, type, certificate, subject, score, holder));
        }
        if (rows.Count == 0 && errors.Count == 0) errors.Add(new ResultLineError(2, ResultLineError.FileField, "文件中没有成绩记录"));
        return new ResultsFileCheck(rows, count, errors);
    }

    [GeneratedRegex("^[A-Za-z]{2,40}$")]
    private static partial Regex CertificateType();

    [GeneratedRegex(@"^[0-9A-Z()\-]{5,40}$")]
    private static partial Regex CertificateNumber();
}
