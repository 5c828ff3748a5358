using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Procedures;

namespace OneStop.Api.Features.Satisfaction;

/// <summary>One of the nine indices: 0–2 points, or null ("no data") with the reason.</summary>
public sealed record DossierIndex(int Number, string Key, int? Points, string Basis);

/// <summary>
/// The nine per-dossier indices of Decree 61/2018 and Circular 01/2018 (DOMAIN.md §7.2, HIGH for the table), scored
/// only from the dossier's own history; an index whose data the system does not hold is "no data", never a guess.
/// </summary>
public static class DossierIndices
{
    public static IReadOnlyList<DossierIndex> Compute(Dossier d, IReadOnlyList<DossierHandover> handovers, IReadOnlyList<FollowUp> followUps,
        ProcedureVersion? version, DateOnly today) =>
    [
        TotalTime(d),
        UnitTimes(handovers),
        Contacts(d),
        Bodies(d),
        new(5, "DESK_HANDLING", null, "Tỷ lệ TTHC giải quyết tại Bộ phận một cửa là chỉ số của đơn vị, không tính theo từng hồ sơ."),
        Publicity(version),
        Attitude(d, followUps),
        FeedbackHandling(followUps, today),
        new(9, "ONLINE_SERVICES", null, "Tỷ lệ TTHC và hồ sơ trực tuyến là chỉ số của đơn vị, không tính theo từng hồ sơ."),
    ];

    /// <summary>1. Total time vs legal time: the lateness fixed when processing ended (early 2, on time 1, late 0).</summary>
    public static DossierIndex TotalTime(Dossier d) => d.Lateness switch
    {
        Lateness.Early => new(1, "TOTAL_TIME", 2, "Giải quyết trước hạn."),
        Lateness.OnTime => new(1, "TOTAL_TIME", 1, "Giải quyết đúng hạn."),
        Lateness.Late => new(1, "TOTAL_TIME", 0, "Giải quyết quá hạn."),
        _ => new(1, "TOTAL_TIME", null, "Chưa kết thúc xử lý."),
    };

    /// <summary>2. Each unit's time vs its allotment: every closed step early 2; none late 1; any late 0.</summary>
    public static DossierIndex UnitTimes(IReadOnlyList<DossierHandover> handovers)
    {
        var results = handovers.Where(h => h.StepResult is not null).Select(h => h.StepResult!.Value).ToList();
        if (results.Count == 0) return new(2, "UNIT_TIMES", null, "Không có bước xử lý có thời hạn.");
        if (results.Contains(Lateness.Late)) return new(2, "UNIT_TIMES", 0, $"{results.Count(r => r == Lateness.Late)} bước quá hạn.");
        return results.All(r => r == Lateness.Early) ? new(2, "UNIT_TIMES", 2, "Mọi bước trước hạn.") : new(2, "UNIT_TIMES", 1, "Không bước nào quá hạn.");
    }

    /// <summary>
    /// 3. Contacts with the desk to complete the dossier: the written guidance at the desk plus supplement requests
    /// after appraisal (none 2, once 1, more 0). Whether the applicant was at fault is not recorded, so more than
    /// once scores 0.
    /// </summary>
    public static DossierIndex Contacts(Dossier d)
    {
        var n = (d.DeskMissingItems is null ? 0 : 1) + d.SupplementRequests;
        return new(3, "CONTACTS", n switch { 0 => 2, 1 => 1, _ => 0 }, $"{n} lần yêu cầu bổ sung, hoàn thiện.");
    }

    /// <summary>
    /// 4. Bodies contacted: filed and returned online means none (2); otherwise the desk only (1). The system has no
    /// record of the applicant going to other bodies, so 0 is never inferred.
    /// </summary>
    public static DossierIndex Bodies(Dossier d) =>
        d.Channel == IntakeChannel.Online && d.ReturnMethod == Dossiers.ReturnMethod.Online
            ? new(4, "BODIES", 2, "Nộp và nhận kết quả trực tuyến.")
            : new(4, "BODIES", 1, "Chỉ liên hệ Bộ phận một cửa.");

    /// <summary>6. Publicity: a published procedure is posted; offered online (DVCTT) is the second channel.</summary>
    public static DossierIndex Publicity(ProcedureVersion? v)
    {
        if (v is null) return new(6, "PUBLICITY", null, "Không có dữ liệu thủ tục.");
        var posted = v.Status == ProcedureStatus.Published;
        var online = v.OnlineService != OnlineServiceClass.None;
        var points = (posted ? 1 : 0) + (online ? 1 : 0);
        return new(6, "PUBLICITY", points, posted && online ? "Công khai và có dịch vụ công trực tuyến." : posted ? "Công khai, chưa trực tuyến." : "Chưa công khai.");
    }

    /// <summary>7. Attitude: a complaint found valid 0; else early 2, on time 1 (late without a complaint: no rule, no data).</summary>
    public static DossierIndex Attitude(Dossier d, IReadOnlyList<FollowUp> followUps)
    {
        if (followUps.Any(f => f.Upheld == true)) return new(7, "ATTITUDE", 0, "Có phản ánh được xác định là đúng.");
        return d.Lateness switch
        {
            Lateness.Early => new(7, "ATTITUDE", 2, "Trước hạn, không có phản ánh đúng."),
            Lateness.OnTime => new(7, "ATTITUDE", 1, "Đúng hạn, không có phản ánh đúng."),
            _ => new(7, "ATTITUDE", null, "Không đủ dữ liệu."),
        };
    }

    /// <summary>8. Feedback handling: share of the dossier's follow-ups resolved on time (100% 2, ≥ 90% 1, else 0).</summary>
    public static DossierIndex FeedbackHandling(IReadOnlyList<FollowUp> followUps, DateOnly today)
    {
        var due = followUps.Where(f => f.ResolvedAt is not null || f.ResolveBy < today).ToList();
        if (due.Count == 0) return new(8, "FEEDBACK_HANDLING", null, "Không có phản ánh đến hạn.");
        var onTime = due.Count(f => f.ResolvedAt is { } r && DossierClock.LocalDate(r) <= f.ResolveBy);
        var share = (decimal)onTime / due.Count;
        return new(8, "FEEDBACK_HANDLING", share == 1 ? 2 : share >= 0.9m ? 1 : 0, $"{onTime}/{due.Count} phản ánh xử lý đúng hạn.");
    }
}
