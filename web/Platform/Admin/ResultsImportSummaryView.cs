namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>
/// One of an exam's results imports as their list gives it (GET …/results/imports, newest first): its state, lines,
/// bad lines, rows imported, who sent it and when.
/// </summary>
public sealed record ResultsImportSummaryView(Guid Id, string State, int LinesRead, int BadLines, int Imported, string RequestedBy,
    DateTimeOffset CreatedAt)
{
    public string StateText => ResultsImportView.Words(State);
}
