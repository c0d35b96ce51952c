namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// Where a results import is: its file being read and checked as it is uploaded (<c>Checking</c>), checked and waiting
/// for an instance to merge it (<c>Queued</c>), being merged (<c>Importing</c>), merged (<c>Done</c>), or refused
/// (<c>Failed</c>: bad lines, or the upload broke off) with nothing written.
/// </summary>
public enum ResultsImportState
{
    Checking,
    Queued,
    Importing,
    Done,
    Failed,
}
