namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// 中级会计资格报名条件 (会计专业技术资格考试报名条件, 财会〔2018〕10号 as applied by the exam offices): years of accounting
/// work after the highest education — 大专 5, 本科 4, 第二学士学位 or 研究生班 2, 硕士 1, 博士 none.
/// </summary>
public static class IntermediateEligibility
{
    public static int RequiredWorkYears(EducationLevel education) => education switch
    {
        EducationLevel.JuniorCollege => 5,
        EducationLevel.Bachelor => 4,
        EducationLevel.SecondBachelor or EducationLevel.GraduateClass => 2,
        EducationLevel.Master => 1,
        EducationLevel.Doctor => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(education), education, null),
    };

    public static string Name(EducationLevel education) => education switch
    {
        EducationLevel.JuniorCollege => "大学专科",
        EducationLevel.Bachelor => "大学本科",
        EducationLevel.SecondBachelor => "第二学士学位",
        EducationLevel.GraduateClass => "研究生班",
        EducationLevel.Master => "硕士学位",
        EducationLevel.Doctor => "博士学位",
        _ => throw new ArgumentOutOfRangeException(nameof(education), education, null),
    };

    /// <summary>Why a (validated) form does not meet the rule, or null when it does.</summary>
    public static string? RefusalFor(EducationLevel education, int accountingWorkYears)
    {
        var required = RequiredWorkYears(education);
        if (accountingWorkYears >= required) return null;
        return $"报考中级会计资格，取得{Name(education)}的须从事会计工作满{required}年；您填写的会计工作年限为{accountingWorkYears}年，不符合报考条件";
    }
}
