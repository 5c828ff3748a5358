using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Dossiers;

/// <summary>The action is not allowed in the dossier's current status.</summary>
public sealed record InvalidTransitionError(string Action, DossierStatus Status)
    : DomainError("INVALID_TRANSITION", $"Không thể thực hiện \"{Action}\" khi hồ sơ đang ở trạng thái {Status}.",
        $"Cannot {Action} a dossier in status {Status}.");

/// <summary>The dossier already had the allowed number of supplement requests (guide once, in full).</summary>
public sealed record SupplementLimitError(int Limit)
    : DomainError("SUPPLEMENT_LIMIT", $"Hồ sơ đã được yêu cầu bổ sung {Limit} lần; chỉ hướng dẫn một lần, đầy đủ (ghi lý do để vượt).",
        $"The dossier already had {Limit} supplement request(s); guide once, in full (give an override reason to exceed).");

/// <summary>The apology must be issued at least one working day before the deadline.</summary>
public sealed record TooLateToApologiseError(DateOnly DueDate, DateOnly LatestDay)
    : DomainError("TOO_LATE_TO_APOLOGISE", $"Phải xin lỗi và hẹn lại chậm nhất ngày {LatestDay:dd/MM/yyyy}, trước hạn {DueDate:dd/MM/yyyy} ít nhất 01 ngày làm việc.",
        $"The apology had to be issued by {LatestDay:yyyy-MM-dd}, at least one working day before the deadline {DueDate:yyyy-MM-dd}.");

/// <summary>The dossier already had the allowed number of re-appointments.</summary>
public sealed record ReappointmentLimitError(int Limit)
    : DomainError("REAPPOINTMENT_LIMIT", $"Việc hẹn lại ngày trả kết quả chỉ được thực hiện không quá {Limit} lần.",
        $"The return date may be re-appointed at most {Limit} time(s).");

/// <summary>No version of the procedure is in force on the day of receipt.</summary>
public sealed record ProcedureNotInForceError(string ProcedureCode, DateOnly Day)
    : DomainError("PROCEDURE_NOT_IN_FORCE", $"Thủ tục {ProcedureCode} không có phiên bản có hiệu lực ngày {Day:dd/MM/yyyy}.",
        $"Procedure {ProcedureCode} has no version in force on {Day:yyyy-MM-dd}.");

/// <summary>The viewer's role may not take this action (e.g. only leaders sign).</summary>
public sealed record RoleNotAllowedError(string Action, string Roles)
    : DomainError("ROLE_NOT_ALLOWED", $"Chỉ {Roles} được thực hiện \"{Action}\".", $"Only {Roles} may {Action}.");

/// <summary>The officer given the step holds no current post in the handling unit (staffing register).</summary>
public sealed record OfficerNotPostedError(string OfficerId, string OfficerName, string UnitCode)
    : DomainError("OFFICER_NOT_POSTED", $"Cán bộ {OfficerName} không giữ vị trí công tác nào tại đơn vị {UnitCode} hiện nay.",
        $"{OfficerName} holds no current post in unit {UnitCode}.");
