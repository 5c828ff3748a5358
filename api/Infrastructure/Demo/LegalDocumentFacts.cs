using OneStop.Api.Features.LegalDocuments;

namespace OneStop.Api.Infrastructure.Demo;

/// <summary>
/// Real legal documents the demo catalogue cites, with their dates and replacements as published on vbpl.vn /
/// thuvienphapluat.vn. Dates are the demo's reference, not legal advice: check the official text before relying on
/// one (DOMAIN.md "Rule of thumb"). Several are already expired, so some procedures cite expired law.
/// </summary>
public static class LegalDocumentFacts
{
    /// <summary>Number, kind, title, issuer, issued, effective from, expires on, partially expired, replaced by.</summary>
    public sealed record Fact(string Number, LegalDocumentKind Kind, string Title, string Issuer, DateOnly IssuedOn, DateOnly EffectiveFrom,
        DateOnly? ExpiresOn = null, bool PartiallyExpired = false, string? ReplacedBy = null);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private const string QH = "Quốc hội";
    private const string CP = "Chính phủ";

    public static readonly Fact[] All =
    [
        // One-stop mechanism and online services (DOMAIN.md §0, §6).
        new("61/2018/NĐ-CP", LegalDocumentKind.Decree, "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", CP, D(2018, 4, 23), D(2018, 6, 21), D(2025, 7, 1), ReplacedBy: "118/2025/NĐ-CP"),
        new("107/2021/NĐ-CP", LegalDocumentKind.Decree, "Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP", CP, D(2021, 12, 6), D(2022, 2, 1), D(2025, 7, 1), ReplacedBy: "118/2025/NĐ-CP"),
        new("118/2025/NĐ-CP", LegalDocumentKind.Decree, "Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia", CP, D(2025, 6, 9), D(2025, 7, 1)),
        new("45/2020/NĐ-CP", LegalDocumentKind.Decree, "Về thực hiện thủ tục hành chính trên môi trường điện tử", CP, D(2020, 4, 8), D(2020, 5, 22)),
        new("42/2022/NĐ-CP", LegalDocumentKind.Decree, "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng", CP, D(2022, 6, 24), D(2022, 8, 1)),
        new("63/2010/NĐ-CP", LegalDocumentKind.Decree, "Về kiểm soát thủ tục hành chính", CP, D(2010, 6, 8), D(2010, 10, 14), PartiallyExpired: true),
        new("01/2018/TT-VPCP", LegalDocumentKind.Circular, "Hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP", "Văn phòng Chính phủ", D(2018, 10, 23), D(2018, 12, 10), D(2025, 7, 1)),
        // Civil status, certification, justice.
        new("60/2014/QH13", LegalDocumentKind.Law, "Luật Hộ tịch", QH, D(2014, 11, 20), D(2016, 1, 1)),
        new("123/2015/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", CP, D(2015, 11, 15), D(2016, 1, 1)),
        new("04/2020/TT-BTP", LegalDocumentKind.Circular, "Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP", "Bộ Tư pháp", D(2020, 5, 28), D(2020, 7, 16)),
        new("23/2015/NĐ-CP", LegalDocumentKind.Decree, "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch", CP, D(2015, 2, 16), D(2015, 4, 10)),
        new("01/2020/TT-BTP", LegalDocumentKind.Circular, "Quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP", "Bộ Tư pháp", D(2020, 3, 3), D(2020, 4, 20)),
        new("226/2016/TT-BTC", LegalDocumentKind.Circular, "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực", "Bộ Tài chính", D(2016, 11, 11), D(2017, 1, 1)),
        new("28/2009/QH12", LegalDocumentKind.Law, "Luật Lý lịch tư pháp", QH, D(2009, 6, 17), D(2010, 7, 1)),
        new("52/2010/QH12", LegalDocumentKind.Law, "Luật Nuôi con nuôi", QH, D(2010, 6, 17), D(2011, 1, 1)),
        new("19/2011/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi", CP, D(2011, 3, 21), D(2011, 5, 5), PartiallyExpired: true),
        new("53/2014/QH13", LegalDocumentKind.Law, "Luật Công chứng", QH, D(2014, 6, 20), D(2015, 1, 1), D(2025, 7, 1), ReplacedBy: "46/2024/QH15"),
        new("46/2024/QH15", LegalDocumentKind.Law, "Luật Công chứng", QH, D(2024, 11, 26), D(2025, 7, 1)),
        // Land and environment.
        new("45/2013/QH13", LegalDocumentKind.Law, "Luật Đất đai", QH, D(2013, 11, 29), D(2014, 7, 1), D(2024, 8, 1), ReplacedBy: "31/2024/QH15"),
        new("31/2024/QH15", LegalDocumentKind.Law, "Luật Đất đai", QH, D(2024, 1, 18), D(2024, 8, 1)),
        new("43/2014/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết thi hành một số điều của Luật Đất đai", CP, D(2014, 5, 15), D(2014, 7, 1), D(2024, 8, 1), ReplacedBy: "101/2024/NĐ-CP"),
        new("148/2020/NĐ-CP", LegalDocumentKind.Decree, "Sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai", CP, D(2020, 12, 18), D(2021, 2, 8), D(2024, 8, 1), ReplacedBy: "102/2024/NĐ-CP"),
        new("101/2024/NĐ-CP", LegalDocumentKind.Decree, "Quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai", CP, D(2024, 7, 29), D(2024, 8, 1)),
        new("102/2024/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết thi hành một số điều của Luật Đất đai", CP, D(2024, 7, 30), D(2024, 8, 1)),
        new("72/2020/QH14", LegalDocumentKind.Law, "Luật Bảo vệ môi trường", QH, D(2020, 11, 17), D(2022, 1, 1)),
        new("08/2022/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết một số điều của Luật Bảo vệ môi trường", CP, D(2022, 1, 10), D(2022, 1, 10)),
        // Construction.
        new("50/2014/QH13", LegalDocumentKind.Law, "Luật Xây dựng", QH, D(2014, 6, 18), D(2015, 1, 1), PartiallyExpired: true),
        new("62/2020/QH14", LegalDocumentKind.Law, "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng", QH, D(2020, 6, 17), D(2021, 1, 1)),
        new("15/2021/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng", CP, D(2021, 3, 3), D(2021, 3, 3), D(2024, 12, 30), ReplacedBy: "175/2024/NĐ-CP"),
        new("175/2024/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng", CP, D(2024, 12, 30), D(2024, 12, 30)),
        // Business, household business, investment.
        new("59/2020/QH14", LegalDocumentKind.Law, "Luật Doanh nghiệp", QH, D(2020, 6, 17), D(2021, 1, 1)),
        new("01/2021/NĐ-CP", LegalDocumentKind.Decree, "Về đăng ký doanh nghiệp", CP, D(2021, 1, 4), D(2021, 1, 4), D(2025, 7, 1), ReplacedBy: "168/2025/NĐ-CP"),
        new("168/2025/NĐ-CP", LegalDocumentKind.Decree, "Về đăng ký doanh nghiệp", CP, D(2025, 6, 30), D(2025, 7, 1)),
        new("47/2019/TT-BTC", LegalDocumentKind.Circular, "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp", "Bộ Tài chính", D(2019, 8, 5), D(2019, 9, 20)),
        new("17/2023/QH15", LegalDocumentKind.Law, "Luật Hợp tác xã", QH, D(2023, 6, 20), D(2024, 7, 1)),
        new("61/2020/QH14", LegalDocumentKind.Law, "Luật Đầu tư", QH, D(2020, 6, 17), D(2021, 1, 1)),
        new("31/2021/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư", CP, D(2021, 3, 26), D(2021, 3, 26)),
        // Labour and social affairs.
        new("45/2019/QH14", LegalDocumentKind.Law, "Bộ luật Lao động", QH, D(2019, 11, 20), D(2021, 1, 1)),
        new("152/2020/NĐ-CP", LegalDocumentKind.Decree, "Quy định về người lao động nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá nhân nước ngoài tại Việt Nam", CP, D(2020, 12, 30), D(2021, 2, 15)),
        new("38/2013/QH13", LegalDocumentKind.Law, "Luật Việc làm", QH, D(2013, 11, 16), D(2015, 1, 1)),
        new("28/2015/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp", CP, D(2015, 3, 12), D(2015, 5, 1), PartiallyExpired: true),
        new("20/2021/NĐ-CP", LegalDocumentKind.Decree, "Quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội", CP, D(2021, 3, 15), D(2021, 7, 1)),
        new("51/2010/QH12", LegalDocumentKind.Law, "Luật Người khuyết tật", QH, D(2010, 6, 17), D(2011, 1, 1)),
        new("07/2021/NĐ-CP", LegalDocumentKind.Decree, "Quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025", CP, D(2021, 1, 27), D(2021, 1, 27)),
        // Education.
        new("43/2019/QH14", LegalDocumentKind.Law, "Luật Giáo dục", QH, D(2019, 6, 14), D(2020, 7, 1)),
        new("46/2017/NĐ-CP", LegalDocumentKind.Decree, "Quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục", CP, D(2017, 4, 21), D(2017, 4, 21), D(2024, 11, 20), ReplacedBy: "125/2024/NĐ-CP"),
        new("125/2024/NĐ-CP", LegalDocumentKind.Decree, "Quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục", CP, D(2024, 10, 5), D(2024, 11, 20)),
        // Health.
        new("40/2009/QH12", LegalDocumentKind.Law, "Luật Khám bệnh, chữa bệnh", QH, D(2009, 11, 23), D(2011, 1, 1), D(2024, 1, 1), ReplacedBy: "15/2023/QH15"),
        new("15/2023/QH15", LegalDocumentKind.Law, "Luật Khám bệnh, chữa bệnh", QH, D(2023, 1, 9), D(2024, 1, 1)),
        new("109/2016/NĐ-CP", LegalDocumentKind.Decree, "Quy định cấp chứng chỉ hành nghề đối với người hành nghề và cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh", CP, D(2016, 7, 1), D(2016, 7, 1), D(2024, 1, 1), ReplacedBy: "96/2023/NĐ-CP"),
        new("96/2023/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh", CP, D(2023, 12, 30), D(2024, 1, 1)),
        new("105/2016/QH13", LegalDocumentKind.Law, "Luật Dược", QH, D(2016, 4, 6), D(2017, 1, 1), PartiallyExpired: true),
        new("54/2017/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết một số điều và biện pháp thi hành Luật Dược", CP, D(2017, 5, 8), D(2017, 7, 1), PartiallyExpired: true),
        new("55/2010/QH12", LegalDocumentKind.Law, "Luật An toàn thực phẩm", QH, D(2010, 6, 17), D(2011, 7, 1)),
        new("15/2018/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm", CP, D(2018, 2, 2), D(2018, 2, 2)),
        // Transport.
        new("23/2008/QH12", LegalDocumentKind.Law, "Luật Giao thông đường bộ", QH, D(2008, 11, 13), D(2009, 7, 1), D(2025, 1, 1), ReplacedBy: "36/2024/QH15"),
        new("36/2024/QH15", LegalDocumentKind.Law, "Luật Trật tự, an toàn giao thông đường bộ", QH, D(2024, 6, 27), D(2025, 1, 1)),
        new("35/2024/QH15", LegalDocumentKind.Law, "Luật Đường bộ", QH, D(2024, 6, 27), D(2025, 1, 1)),
        new("10/2020/NĐ-CP", LegalDocumentKind.Decree, "Quy định về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô", CP, D(2020, 1, 17), D(2020, 4, 1), D(2025, 1, 1), ReplacedBy: "158/2024/NĐ-CP"),
        new("158/2024/NĐ-CP", LegalDocumentKind.Decree, "Quy định về hoạt động vận tải đường bộ", CP, D(2024, 12, 18), D(2025, 1, 1)),
        new("12/2017/TT-BGTVT", LegalDocumentKind.Circular, "Quy định về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới đường bộ", "Bộ Giao thông vận tải", D(2017, 4, 15), D(2017, 6, 1), D(2025, 1, 1), ReplacedBy: "35/2024/TT-BGTVT"),
        new("35/2024/TT-BGTVT", LegalDocumentKind.Circular, "Quy định về đào tạo, sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế", "Bộ Giao thông vận tải", D(2024, 11, 15), D(2025, 1, 1)),
        // Culture and tourism, religion, agriculture.
        new("09/2017/QH14", LegalDocumentKind.Law, "Luật Du lịch", QH, D(2017, 6, 19), D(2018, 1, 1)),
        new("168/2017/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết một số điều của Luật Du lịch", CP, D(2017, 12, 31), D(2018, 1, 1), PartiallyExpired: true),
        new("54/2019/NĐ-CP", LegalDocumentKind.Decree, "Quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường", CP, D(2019, 6, 19), D(2019, 9, 1)),
        new("02/2016/QH14", LegalDocumentKind.Law, "Luật Tín ngưỡng, tôn giáo", QH, D(2016, 11, 18), D(2018, 1, 1)),
        new("162/2017/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo", CP, D(2017, 12, 30), D(2018, 1, 1), D(2024, 3, 30), ReplacedBy: "95/2023/NĐ-CP"),
        new("95/2023/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết một số điều của Luật Tín ngưỡng, tôn giáo", CP, D(2023, 12, 29), D(2024, 3, 30)),
        new("79/2015/QH13", LegalDocumentKind.Law, "Luật Thú y", QH, D(2015, 6, 19), D(2016, 7, 1)),
        new("18/2017/QH14", LegalDocumentKind.Law, "Luật Thủy sản", QH, D(2017, 11, 21), D(2019, 1, 1)),
        new("26/2019/NĐ-CP", LegalDocumentKind.Decree, "Quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản", CP, D(2019, 3, 8), D(2019, 3, 8), PartiallyExpired: true),
    ];
}
