using System.Collections.Concurrent;

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// Each exam's subjects and province terms as candidates see them, held in memory by this instance between
/// submissions. An entry is used only while its stamp (<see cref="ExamStamp"/>) is the one the database holds now,
/// read in the same query as the candidate's own facts: an administrator's change (terms, subjects, publishing) on
/// any instance moves the stamp, so the very next submission on every instance loads the terms again. The terms a
/// submission is decided on are never older than that query — as fresh as reading them, without reading them.
/// </summary>
public sealed class ExamTermsCache
{
    private readonly ConcurrentDictionary<string, Exam> _exams = new(StringComparer.Ordinal);

    /// <summary>The exam held for <paramref name="code"/> if it is current for the stamp stored now, else null (load it and <see cref="Keep"/> it).</summary>
    public Exam? Find(string code, DateTimeOffset storedStamp) =>
        _exams.TryGetValue(code, out var exam) && IsCurrent(exam, storedStamp) ? exam : null;

    /// <summary>Holds a freshly loaded exam (read only from here on), unless a newer one is already held.</summary>
    public Exam Keep(Exam exam) => _exams.AddOrUpdate(exam.Code, exam, (_, held) => held.UpdatedAt > exam.UpdatedAt ? held : exam);

    /// <summary>The invalidation rule: the exam held is current only for exactly the stamp stored.</summary>
    public static bool IsCurrent(Exam held, DateTimeOffset storedStamp) => held.UpdatedAt == storedStamp;
}
