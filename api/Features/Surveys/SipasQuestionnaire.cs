using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Surveys;

/// <summary>
/// SIPAS, Decision 2640/QĐ-BNV (2017): 5 elements, 22 criteria (DOMAIN.md §7.1; counts HIGH, wording MED). The
/// 2022–2030 scheme's number and changes are unverified (§13): it would be version 2 here.
/// </summary>
public static class SipasQuestionnaire
{
    public const string Code = "SIPAS";

    private static readonly (int Element, string ElementName, string[] Criteria)[] Elements =
    [
        (1, "Tiếp cận dịch vụ", ["Nơi ngồi chờ có đủ chỗ ngồi", "Trang thiết bị phục vụ đầy đủ", "Trang thiết bị phục vụ hiện đại", "Trang thiết bị phục vụ dễ sử dụng"]),
        (2, "Thủ tục hành chính", ["Được niêm yết công khai đầy đủ", "Được niêm yết công khai chính xác", "Thành phần hồ sơ đúng quy định", "Phí, lệ phí đúng quy định",
            "Thời hạn giải quyết (từ tiếp nhận đến trả kết quả) đúng quy định"]),
        (3, "Công chức trực tiếp giải quyết công việc", ["Có thái độ giao tiếp lịch sự", "Chú ý lắng nghe ý kiến", "Trả lời, giải thích đầy đủ",
            "Hướng dẫn kê khai hồ sơ tận tình, chu đáo", "Hướng dẫn dễ hiểu", "Tuân thủ đúng quy định"]),
        (4, "Kết quả giải quyết công việc", ["Kết quả đúng quy định", "Thông tin đầy đủ", "Thông tin chính xác"]),
        (5, "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", ["Có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị", "Dễ dàng thực hiện góp ý, phản ánh, kiến nghị",
            "Tiếp nhận, xử lý tích cực", "Thông báo kết quả xử lý kịp thời"]),
    ];

    public static SurveyQuestionnaire Version1() => new()
    {
        Code = Code,
        Version = 1,
        Name = "SIPAS (Quyết định 2640/QĐ-BNV)",
        EffectiveFrom = new DateOnly(2017, 10, 10),
        Criteria = Elements.SelectMany(e => e.Criteria.Select((text, i) => new SurveyCriterion
        {
            Element = e.Element,
            ElementName = e.ElementName,
            Code = $"{e.Element}.{i + 1}",
            Ordinal = i + 1,
            Text = text,
        })).ToList(),
    };

    /// <summary>The version in force (inserted on first use).</summary>
    public static async Task<SurveyQuestionnaire> CurrentAsync(OneStopDb db, CancellationToken ct)
    {
        var q = await db.SurveyQuestionnaires.Where(x => x.Code == Code).OrderByDescending(x => x.Version).FirstOrDefaultAsync(ct);
        if (q is not null) return q;
        q = Version1();
        db.SurveyQuestionnaires.Add(q);
        await db.SaveChangesAsync(ct);
        return q;
    }
}
