using AccountingPlatform.Divisions;

namespace AccountingPlatform.Review.Departments;

/// <summary>A department of the directory, with its division's full name.</summary>
public sealed record DepartmentView(string DivisionCode, string DivisionName, string Name, string Phone, string Address, DateTimeOffset UpdatedAt)
{
    public static DepartmentView Of(Department d) =>
        new(d.DivisionCode, DivisionTree.Instance.FullName(d.DivisionCode), d.Name, d.Phone, d.Address, d.UpdatedAt);
}
