namespace AccountingPlatform.Web.Platform.Review;

/// <summary>A department of the directory with its contacts.</summary>
public sealed record DepartmentDirectoryView(string DivisionCode, string DivisionName, string Name, string Phone, string Address, DateTimeOffset UpdatedAt);
