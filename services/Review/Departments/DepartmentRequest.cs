namespace AccountingPlatform.Review.Departments;

public sealed record DepartmentRequest(string? Name, string? Phone, string? Address);
