namespace AccountingPlatform.Contracts;

/// <summary>A reviewer approved version <c>SubjectVersion</c> of a subject (a personnel record or a real-name application).</summary>
public sealed record ReviewApproved(
    Guid ReviewItemId,
    ReviewItemKind Kind,
    Guid SubjectId,
    int SubjectVersion,
    Guid UserId,
    string DivisionCode,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
