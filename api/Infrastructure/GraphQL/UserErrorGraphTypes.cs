using GraphQL.Types;
using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary><c>interface UserError { message: String! code: String! }</c>, implemented by every payload error.</summary>
public sealed class UserErrorInterface : InterfaceGraphType<DomainError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "An expected failure of a mutation, with a stable machine-readable code.";
        Field(e => e.Message).Description("Human-readable message in the request's language (Vietnamese by default).");
        Field(e => e.Code).Description("Stable machine-readable code, e.g. VALIDATION or CONCURRENCY_CONFLICT.");
    }
}

/// <summary>Base for one concrete error type; the schema name is the CLR name (e.g. <c>ValidationError</c>).</summary>
public abstract class UserErrorGraphType<TError> : ObjectGraphType<TError> where TError : DomainError
{
    protected UserErrorGraphType()
    {
        Name = typeof(TError).Name;
        Interface<UserErrorInterface>();
        Field<NonNullGraphType<StringGraphType>>("message")
            .Resolve(c => Localized(c.Source, c.UserContext));
        Field(e => e.Code);
    }

    private static string Localized(DomainError e, IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(RequestLanguage.Key, out var lang) && lang is "en" ? e.MessageEn : e.Message;
}

public sealed class ValidationErrorGraphType : UserErrorGraphType<ValidationError>
{
    public ValidationErrorGraphType() => Field(e => e.Field).Description("Path of the offending input field.");
}

public sealed class NotFoundErrorGraphType : UserErrorGraphType<NotFoundError>;

public sealed class ConcurrencyConflictErrorGraphType : UserErrorGraphType<ConcurrencyConflictError>
{
    public ConcurrencyConflictErrorGraphType() => Field(e => e.CurrentVersion).Description("The version now stored.");
}

public sealed class ForbiddenErrorGraphType : UserErrorGraphType<ForbiddenError>;

/// <summary>The request's language: <c>Accept-Language</c> (vi default, en), kept in the user context.</summary>
public static class RequestLanguage
{
    public const string Key = "lang";

    public static string From(string? acceptLanguage) =>
        acceptLanguage is not null && acceptLanguage.TrimStart().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "vi";
}
