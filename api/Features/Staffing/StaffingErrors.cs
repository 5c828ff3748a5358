using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Staffing;

/// <summary>A person holds one head post (head or director) at a time.</summary>
public sealed record OverlappingHeadPostError(string PersonKey)
    : DomainError("HEAD_POST_OVERLAP", $"Cán bộ {PersonKey} đang giữ một chức vụ cấp trưởng khác trong thời gian này.",
        $"{PersonKey} already holds another head post during this period.");

/// <summary>The office has no free civil-servant post (biên chế) on the date.</summary>
public sealed record QuotaExceededError(string OfficeCode, int HeadcountQuota)
    : DomainError("QUOTA_EXCEEDED", $"{OfficeCode} đã dùng hết {HeadcountQuota} biên chế công chức.",
        $"{OfficeCode} has no free post left of its {HeadcountQuota} civil-servant posts.");

/// <summary>The account is already linked to another person on the register (one person per account).</summary>
public sealed record AccountAlreadyLinkedError(string Email, string PersonKey)
    : DomainError("ACCOUNT_ALREADY_LINKED", $"Tài khoản {Email} đã được gắn với cán bộ {PersonKey}.",
        $"The account {Email} is already linked to {PersonKey}.");

public sealed class AccountAlreadyLinkedErrorGraphType : UserErrorGraphType<AccountAlreadyLinkedError>
{
    public AccountAlreadyLinkedErrorGraphType()
    {
        Field(e => e.Email);
        Field(e => e.PersonKey).Description("The person the account is linked to.");
    }
}

public sealed class OverlappingHeadPostErrorGraphType : UserErrorGraphType<OverlappingHeadPostError>
{
    public OverlappingHeadPostErrorGraphType() => Field(e => e.PersonKey);
}

public sealed class QuotaExceededErrorGraphType : UserErrorGraphType<QuotaExceededError>
{
    public QuotaExceededErrorGraphType()
    {
        Field(e => e.OfficeCode);
        Field(e => e.HeadcountQuota);
    }
}
