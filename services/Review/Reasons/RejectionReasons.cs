using AccountingPlatform.Contracts;

namespace AccountingPlatform.Review.Reasons;

/// <summary>
/// The common reasons a reviewer picks from when rejecting, per kind of item (the one list; the console offers them, the
/// reviewer may still write another). A reason is what the candidate reads, so it says what to correct.
/// </summary>
public static class RejectionReasons
{
    public static readonly IReadOnlyList<RejectionReasonList> All =
    [
        new(ReviewItemKind.PersonnelRecord,
        [
            "照片不合格（须为白底或蓝底免冠证件照）",
            "学历信息有误",
            "学历证明不清晰",
            "工作经历证明不清晰",
            "工作单位信息有误（单位名称或统一社会信用代码与证明不符）",
            "会计管理部门选择有误",
            "基本信息与身份证件不符",
            "证件照片不清晰或不完整",
        ]),
        new(ReviewItemKind.RealNameApplication,
        [
            "证件照片不清晰",
            "手持证件照与本人不符",
            "证件信息与注册信息不符",
            "证件已过期",
            "证件照片不完整（须包含证件四角）",
            "手持证件照未露出证件信息面",
            "上传的不是身份证件原件照片",
        ]),
    ];
}
