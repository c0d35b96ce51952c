using System.Text.Json;
using System.Text.Json.Serialization;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// An exam as published for every province (<c>Exams/Seeds/*.json</c>): the exam, default terms, per-province
/// differences (fee, linkage; <c>skip</c> for a province that does not hold the exam), the notice and the commitment.
/// </summary>
public sealed record ExamSeedFile(
    string Code, int Year, ExamLevel Level, string Name, IReadOnlyList<SubjectDefinition> Subjects,
    ExamSeedFile.Terms Defaults, IReadOnlyDictionary<string, ExamSeedFile.Terms> Provinces, string NoticeText, string CommitmentText)
{
    public sealed record Terms(
        DateTimeOffset? WindowOpensAt = null, DateTimeOffset? WindowClosesAt = null, DateTimeOffset? PaymentDeadline = null,
        long? FeePerSubjectFen = null, bool? LinkedToPersonnelRegistry = null, bool Skip = false);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Exams", "Seeds");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static ExamSeedFile Read(string path) =>
        JsonSerializer.Deserialize<ExamSeedFile>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} holds no exam.");

    public static IEnumerable<string> All() => System.IO.Directory.EnumerateFiles(Directory, "*.json").Order();
}
