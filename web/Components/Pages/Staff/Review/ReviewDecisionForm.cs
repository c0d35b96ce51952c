namespace AccountingPlatform.Web.Components.Pages.Staff.Review;

/// <summary>What the item page posts: the action, and for a rejection the common reason chosen and the reviewer's own words.</summary>
public sealed class ReviewDecisionForm
{
    public string? Action { get; set; }
    public string? Reason { get; set; }
    public string? Comment { get; set; }

    /// <summary>The comment the candidate reads: the reason chosen, then what the reviewer wrote (either may be missing).</summary>
    public string CommentToSend => string.Join("。", new[] { Reason?.Trim(), Comment?.Trim() }.Where(s => !string.IsNullOrEmpty(s)));
}
