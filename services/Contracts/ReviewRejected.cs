namespace AccountingPlatform.Contracts;

/// <summary>A reviewer rejected version <c>SubjectVersion</c> of a subject, with a comment the candidate reads.</summary>
public sealed record ReviewRejected(
    Guid ReviewItemId,
    ReviewItemKind Kind,
    Guid SubjectId,
    int SubjectVersion,
    Guid UserId,
    string DivisionCode,
    string Comment,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
