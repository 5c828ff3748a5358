using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Satisfaction;

/// <summary>Unknown token, or a token of another dossier (the two are not distinguished).</summary>
public sealed record InvalidRatingTokenError()
    : DomainError("INVALID_TOKEN", "Mã đánh giá không hợp lệ.", "The rating token is not valid.");

public sealed record RatingTokenUsedError()
    : DomainError("TOKEN_USED", "Mã đánh giá đã được sử dụng.", "The rating token was already used.");

public sealed record RatingTokenExpiredError()
    : DomainError("TOKEN_EXPIRED", "Mã đánh giá đã hết hạn.", "The rating token has expired.");

public sealed record RatingWindowClosedError(DateTime ClosedAt)
    : DomainError("RATING_WINDOW_CLOSED", "Đã hết thời hạn thay đổi đánh giá.", "The rating can no longer be changed.");

public sealed record TooManyAttemptsError()
    : DomainError("RATE_LIMITED", "Quá nhiều lần thử; vui lòng thử lại sau.", "Too many attempts; try again later.");

public sealed record FollowUpStateError(FollowUpStatus Status)
    : DomainError("INVALID_TRANSITION", $"Phản ánh đang ở trạng thái {Status}.", $"The follow-up is {Status}.");
