namespace AccountingPlatform.Web.Platform.Record;

/// <summary>One period of accounting work inside a job (no end date: 至今).</summary>
public sealed record AccountingWorkView(DateOnly StartDate, DateOnly? EndDate, string Position);
