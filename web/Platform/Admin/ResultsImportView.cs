namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>
/// A results import's job (202 from POST …/results, then GET …/results/imports/{id}): its state (Checking, Queued,
/// Importing, Done, Failed), the lines read and how many were imported (of them new).
/// </summary>
public sealed record ResultsImportView(Guid Id, string ExamCode, string State, int LinesRead, int Valid, int ErrorCount, int Imported, int Added,
    string? Failure, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt)
{
    public bool Finished => State is "Done" or "Failed";

    /// <summary>The job's state in words.</summary>
    public string StateText => Words(State);

    /// <summary>A results import's state in words.</summary>
    public static string Words(string state) => state switch
    {
        "Checking" => "正在读取并检查文件",
        "Queued" => "已检查，等待导入",
        "Importing" => "正在导入",
        "Done" => "导入完成",
        "Failed" => "导入失败",
        _ => state,
    };
}
