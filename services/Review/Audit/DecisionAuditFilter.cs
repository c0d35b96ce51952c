using AccountingPlatform.Divisions;
using AccountingPlatform.Review.Items;

namespace AccountingPlatform.Review.Audit;

/// <summary>
/// What an administrator searches the decisions for: part of the reviewer's or the candidate's name, a division and
/// everything under it (the item's division), approved or rejected, decided within Beijing days.
/// </summary>
public sealed record DecisionAuditFilter(
    string? Reviewer = null, string? Candidate = null, string? DivisionPrefix = null, ReviewItemStatus? Decision = null, BeijingDateRange? Decided = null)
{
    public const int MaxNameLength = 50;

    /// <summary>The filter, or the field errors (in Chinese) that make it a 400.</summary>
    public static (DecisionAuditFilter? Filter, Dictionary<string, string[]>? Errors) Parse(
        string? reviewer, string? candidate, string? division, ReviewItemStatus? decision, string? from, string? to)
    {
        var errors = new Dictionary<string, string[]>();
        var decided = BeijingDateRange.Parse(from, to, "from", "to", errors);
        reviewer = Name(reviewer, "reviewer", errors);
        candidate = Name(candidate, "candidate", errors);
        if (!string.IsNullOrEmpty(division) && DivisionTree.Instance.Find(division) is null) errors["division"] = ["行政区划代码不存在（应为6位行政区划代码）"];
        if (decision is not (null or ReviewItemStatus.Approved or ReviewItemStatus.Rejected)) errors["decision"] = ["审核结果应为 Approved（通过）或 Rejected（不通过）"];
        if (errors.Count > 0) return (null, errors);
        var prefix = string.IsNullOrEmpty(division) ? null : DivisionScope.PrefixOf(division);
        return (new DecisionAuditFilter(reviewer, candidate, prefix, decision, decided), null);
    }

    /// <summary>A name to look for, trimmed; blank is no filter; too long or with control characters is an error.</summary>
    private static string? Name(string? text, string field, Dictionary<string, string[]> errors)
    {
        var name = text?.Trim();
        if (string.IsNullOrEmpty(name)) return null;
        if (name.Length > MaxNameLength || name.Any(char.IsControl)) errors[field] = [$"姓名关键字不超过{MaxNameLength}个字，且不能含控制字符"];
        return name;
    }
}
