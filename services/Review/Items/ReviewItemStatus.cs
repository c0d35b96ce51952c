namespace AccountingPlatform.Review.Items;

public enum ReviewItemStatus
{
    Pending,
    Approved,
    Rejected,
    /// <summary>The candidate submitted a newer version before this one was decided.</summary>
    Superseded,
}
