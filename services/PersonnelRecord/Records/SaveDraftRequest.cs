namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>保存并下一步: what the wizard's own steps set (each left out keeps its value).</summary>
public sealed record SaveDraftRequest(CollectionScope? CollectionScope, string? DepartmentDivisionCode);
