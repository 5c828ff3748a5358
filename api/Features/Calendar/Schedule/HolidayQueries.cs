using GraphQL;
using GraphQL.Types;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Calendar;

public static class HolidayQueries
{
    public static void AddHolidayQueries(this Query query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HolidayGraphType>>>>("holidays")
            .Description("The year's days off and swapped working days: the entered official schedule, else generated from the Labour Code 2019 (art. 112) with Tết and Hùng Kings from the Vietnamese lunar calendar. Public.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "1900 to 2100.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int>("year");
                if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
                    throw new ExecutionError($"`year` must be between {VietnameseLunarCalendar.MinYear} and {VietnameseLunarCalendar.MaxYear}.") { Code = "BAD_USER_INPUT" };
                var schedule = c.Service<HolidayStore>().Schedule(year);
                return schedule.Days.Select(d => new HolidayView(d, schedule.Entered)).ToList();
            });
}
