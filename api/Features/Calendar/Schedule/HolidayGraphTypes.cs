using GraphQL.Types;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Calendar;

public sealed class HolidayKindGraphType : EnumerationGraphType<HolidayKind>
{
    public HolidayKindGraphType() => Description = "Public holiday, compensatory day off, or a swapped working day / day off.";
}

/// <summary>A day of the calendar that differs from the usual week, with its source.</summary>
public sealed record HolidayView(Holiday Day, bool Entered);

public sealed class HolidayGraphType : ObjectGraphType<HolidayView>
{
    public HolidayGraphType()
    {
        Name = "Holiday";
        Description = "A day off (or a weekend day worked) of the civil-service calendar.";
        Field<NonNullGraphType<DateScalar>>("date").Resolve(c => c.Source.Day.Date);
        Field<NonNullGraphType<StringGraphType>>("name").Description("In the request's language.")
            .Resolve(c => c.Language() == "en" ? c.Source.Day.NameEn : c.Source.Day.NameVi);
        Field<NonNullGraphType<StringGraphType>>("nameVi").Resolve(c => c.Source.Day.NameVi);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Resolve(c => c.Source.Day.NameEn);
        Field<NonNullGraphType<HolidayKindGraphType>>("kind").Resolve(c => c.Source.Day.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("isDayOff").Resolve(c => c.Source.Day.IsDayOff);
        Field<NonNullGraphType<StringGraphType>>("source").Description("Notice or legal document.").Resolve(c => c.Source.Day.Source);
        Field<NonNullGraphType<BooleanGraphType>>("official")
            .Description("True when the year's schedule was entered from the official notice; false when generated from the Labour Code rules.")
            .Resolve(c => c.Source.Entered);
        Field<NonNullGraphType<BooleanGraphType>>("confirmed")
            .Description("False for entered rows still waiting for confirmation against the official text.")
            .Resolve(c => c.Source.Entered && c.Source.Day.IsOfficial);
    }
}
