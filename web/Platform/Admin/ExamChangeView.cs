namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>One entry of an exam's change audit: what was done (and to which province), by whom, when, the data before and after (JSON).</summary>
public sealed record ExamChangeView(Guid Id, string ExamCode, string? ProvinceCode, string Action, Guid ChangedBy, DateTimeOffset ChangedAt, string? Before, string? After);
