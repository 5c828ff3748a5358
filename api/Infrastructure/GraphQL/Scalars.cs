using GraphQL.Types;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary><c>Date</c>: a calendar day (ISO 8601 <c>yyyy-MM-dd</c>), as legal deadlines are counted.</summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar day, ISO 8601 (yyyy-MM-dd).";
    }
}

/// <summary><c>DateTime</c>: an instant with its UTC offset (ISO 8601); OneStop answers in UTC.</summary>
public sealed class DateTimeScalar : DateTimeOffsetGraphType
{
    public DateTimeScalar()
    {
        Name = "DateTime";
        Description = "An instant, ISO 8601 with offset (e.g. 2026-02-13T15:30:00+07:00). Answers are in UTC.";
    }
}

/// <summary>Conversions between stored UTC <see cref="DateTime"/> values and the <c>DateTime</c> scalar.</summary>
public static class Instants
{
    public static DateTimeOffset ToOffset(this DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateTimeOffset? ToOffset(this DateTime? utc) => utc is { } v ? v.ToOffset() : null;
}
