namespace AccountingPlatform.Review.Items;

/// <summary>Where an item stands in the queue's order (submitted, then id): keyset paging reads the items after it.</summary>
public sealed record QueuePosition(DateTimeOffset SubmittedAt, Guid Id);
