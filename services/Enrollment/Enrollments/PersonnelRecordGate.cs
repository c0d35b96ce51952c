using AccountingPlatform.Divisions;
using AccountingPlatform.Enrollment.Candidates;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// In a province linked to the personnel registry, only a record approved by a department inside that province may
/// enroll (an approval in Beijing does not open Shanghai); says why not and where to fix it.
/// </summary>
public static class PersonnelRecordGate
{
    public static string? RefusalFor(CandidateEligibility? candidate, string provinceCode) => candidate?.PersonnelRecord switch
    {
        PersonnelRecordState.Approved when candidate.PersonnelRecordDivisionCode is { } division && DivisionScope.Covers(provinceCode, division) => null,
        PersonnelRecordState.Approved =>
            "您的会计人员信息由其他省份的会计管理部门审核通过；报考本省须由本省的会计管理部门审核通过，请在“会计人员信息采集”中选择本省的会计管理部门并重新提交",
        PersonnelRecordState.Pending => "您的会计人员信息正在审核中，审核通过后方可报名，请耐心等待或联系所属会计管理部门",
        PersonnelRecordState.Rejected =>
            $"您的会计人员信息审核未通过（{candidate.PersonnelRecordComment}），请在“会计人员信息采集”中修改后重新提交",
        PersonnelRecordState.Reopened => "您的会计人员信息已修改，须重新提交并审核通过后方可报名",
        _ => "报考省份已连接会计人员库，请先完成会计人员信息采集并通过审核后再报名",
    };
}
