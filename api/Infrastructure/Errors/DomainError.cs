namespace OneStop.Api.Infrastructure.Errors;

/// <summary>
/// An expected failure of a business action, returned (never thrown) and shown to clients as a typed payload
/// error implementing <c>UserError { message code }</c>. Messages are Vietnamese-first with an English twin.
/// </summary>
public abstract record DomainError(string Code, string Message, string MessageEn);

/// <summary>Input that breaks a rule; <see cref="Field"/> names the input field (camelCase path).</summary>
public sealed record ValidationError(string Field, string Message, string MessageEn) : DomainError("VALIDATION", Message, MessageEn);

/// <summary>The object does not exist, or the viewer may not see it (the two are not distinguished).</summary>
public sealed record NotFoundError(string What)
    : DomainError("NOT_FOUND", $"Không tìm thấy {What}.", $"{What} was not found.");

/// <summary>Someone else changed the object since the client read it (optimistic concurrency).</summary>
public sealed record ConcurrencyConflictError(int CurrentVersion)
    : DomainError("CONCURRENCY_CONFLICT", "Dữ liệu đã được người khác thay đổi; hãy tải lại rồi thử lại.",
        "Someone else changed this object; reload and try again.");

/// <summary>The viewer's role or unit does not allow this action on this object.</summary>
public sealed record ForbiddenError()
    : DomainError("FORBIDDEN", "Bạn không có quyền thực hiện thao tác này.", "You are not allowed to do this.");
