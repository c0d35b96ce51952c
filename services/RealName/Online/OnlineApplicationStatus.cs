namespace AccountingPlatform.RealName.Online;

public enum OnlineApplicationStatus
{
    Pending,
    Approved,
    Rejected,
}
