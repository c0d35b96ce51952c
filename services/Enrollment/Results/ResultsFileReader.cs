using System.Security.Cryptography;
using System.Text;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// Reads a results file one line at a time (<see cref="ResultsCsv"/>'s rule for each) so a file of any size is checked
/// as it streams: it keeps what the lines have in common — the header, the first line of each certificate and subject
/// (as a 128-bit digest and a line number, about 40 bytes a line, to report a repeated line), the counts — and lists
/// the first <c>maxListedErrors</c> errors; later ones are counted.
/// </summary>
public sealed class ResultsFileReader(IReadOnlySet<string> subjectCodes, int maxListedErrors, int expectedLines = 0)
{
    /// <summary>Sized once for the lines a file's length announces (<paramref name="expectedLines"/>): growing it would leave its earlier arrays behind.</summary>
    private readonly Dictionary<UInt128, int> _seen = new(expectedLines);
    private readonly List<ResultLineError> _errors = [];
    private readonly List<(string Field, string Message)> _reasons = [];
    private bool? _withHolder;
    private int _number;

    /// <summary>Lines after the header, blank ones aside.</summary>
    public int Lines { get; private set; }
    public int Valid { get; private set; }
    /// <summary>Lines with at least one error (the header counts as one).</summary>
    public int BadLines { get; private set; }
    public int ErrorCount { get; private set; }
    public IReadOnlyList<ResultLineError> Errors => _errors;
    public bool HeaderRefused { get; private set; }

    /// <summary>The next line of the file: its row when it is a good one, otherwise null (errors recorded).</summary>
    public ResultRow? Read(string line)
    {
        _number++;
        if (_number == 1)
        {
            _withHolder = ResultsCsv.ReadHeader(line);
            if (_withHolder is null) Refuse(ResultsCsv.HeaderError());
            HeaderRefused = _withHolder is null;
            return null;
        }
        if (string.IsNullOrWhiteSpace(line)) return null;
        Lines++;
        if (HeaderRefused) return null;
        _reasons.Clear();
        var row = ResultsCsv.ReadLine(_number, line, _withHolder!.Value, subjectCodes, _reasons);
        if (row is not null)
        {
            var key = Key(row);
            if (_seen.TryGetValue(key, out var first)) _reasons.Add((ResultLineError.LineField, ResultsCsv.Duplicate(first)));
            else _seen[key] = _number;
        }
        if (_reasons.Count > 0)
        {
            BadLines++;
            foreach (var (field, message) in _reasons) Add(new ResultLineError(_number, field, message));
            return null;
        }
        Valid++;
        return row;
    }

    /// <summary>The end of the file: a file without any line to import says so.</summary>
    public void Finish()
    {
        if (Valid == 0 && ErrorCount == 0) Refuse(ResultsCsv.NoRows());
    }

    private void Refuse(ResultLineError error)
    {
        BadLines++;
        Add(error);
    }

    private void Add(ResultLineError error)
    {
        ErrorCount++;
        if (_errors.Count < maxListedErrors) _errors.Add(error);
    }

    private static UInt128 Key(ResultRow row)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{row.CertificateType}\n{row.CertificateNumber}\n{row.SubjectCode}"), digest);
        return new UInt128(BitConverter.ToUInt64(digest), BitConverter.ToUInt64(digest[8..]));
    }
}
