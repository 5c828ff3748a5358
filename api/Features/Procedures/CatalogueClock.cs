using GraphQL;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Procedures;

/// <summary>Catalogue dates are Vietnamese calendar days (UTC+7, no daylight saving; DOMAIN.md §8.2).</summary>
public static class CatalogueClock
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(VietnamOffset).DateTime);

    public static DateOnly Today(this IResolveFieldContext context) => Today(context.Service<TimeProvider>());

    /// <summary>The <c>on</c> argument of a field, or today.</summary>
    public static DateOnly OnOrToday(this IResolveFieldContext context) => context.GetArgument<DateOnly?>("on") ?? context.Today();
}
