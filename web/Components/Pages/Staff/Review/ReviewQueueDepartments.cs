using AccountingPlatform.Divisions;

namespace AccountingPlatform.Web.Components.Pages.Staff.Review;

/// <summary>The departments a reviewer may filter the queue by: every division under theirs (cities, then each city's counties).</summary>
public static class ReviewQueueDepartments
{
    public static IEnumerable<(string Value, string Text)> Under(string division)
    {
        foreach (var child in DivisionTree.Instance.ChildrenOf(division))
        {
            yield return (child.Code, child.Name);
            if (child.IsCountyLevel) continue;
            foreach (var county in DivisionTree.Instance.ChildrenOf(child.Code)) yield return (county.Code, $"{child.Name} · {county.Name}");
        }
    }
}
