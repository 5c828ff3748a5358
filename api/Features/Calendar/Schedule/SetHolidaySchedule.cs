using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Calendar;

public sealed record HolidayInput(DateOnly Date, string NameVi, string NameEn, HolidayKind Kind, string Source, bool Confirmed = true);

public sealed record SetHolidayScheduleInput(int Year, IReadOnlyList<HolidayInput> Days);

public sealed record SetHolidaySchedulePayload(IReadOnlyList<HolidayView>? Holidays, IReadOnlyList<DomainError> Errors);

public sealed class HolidayInputGraphType : InputObjectGraphType<HolidayInput>
{
    public HolidayInputGraphType()
    {
        Name = "HolidayInput";
        Field(h => h.Date, type: typeof(NonNullGraphType<DateScalar>));
        Field(h => h.NameVi);
        Field(h => h.NameEn);
        Field(h => h.Kind, type: typeof(NonNullGraphType<HolidayKindGraphType>));
        Field(h => h.Source).Description("The notice or legal document, e.g. Thông báo 6150/TB-BLĐTBXH.");
        Field(h => h.Confirmed, nullable: true).Description("False while the row waits for the official text (default true).");
    }
}

public sealed class SetHolidayScheduleInputGraphType : InputObjectGraphType<SetHolidayScheduleInput>
{
    public SetHolidayScheduleInputGraphType()
    {
        Name = "SetHolidayScheduleInput";
        Field(i => i.Year);
        Field(i => i.Days, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HolidayInputGraphType>>>))
            .Description("The whole year's schedule; an empty list removes it, so the year falls back to the generated days.");
    }
}

public sealed class SetHolidayScheduleErrorGraphType : UnionGraphType
{
    public SetHolidayScheduleErrorGraphType()
    {
        Name = "SetHolidayScheduleError";
        Type<ValidationErrorGraphType>();
    }
}

public sealed class SetHolidaySchedulePayloadGraphType : ObjectGraphType<SetHolidaySchedulePayload>
{
    public SetHolidaySchedulePayloadGraphType()
    {
        Name = "SetHolidaySchedulePayload";
        Field<ListGraphType<NonNullGraphType<HolidayGraphType>>>("holidays").Resolve(c => c.Source.Holidays);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SetHolidayScheduleErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public static class SetHolidaySchedule
{
    public static void AddHolidayMutations(this Mutation mutation) =>
        mutation.Field<NonNullGraphType<SetHolidaySchedulePayloadGraphType>, SetHolidaySchedulePayload>("setHolidaySchedule")
            .Description("Enters (or replaces) a year's official civil-service schedule (Admin). Deadlines computed afterwards use it.")
            .AuthorizeWithPolicy(Policies.Admin)
            .Argument<NonNullGraphType<SetHolidayScheduleInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetHolidayScheduleInput>("input");
                var errors = Validate(input);
                if (errors.Count > 0) return new SetHolidaySchedulePayload(null, errors);
                var db = c.Service<OneStopDb>();
                await using (var tx = await db.Database.BeginTransactionAsync(c.CancellationToken))
                {
                    await db.Set<HolidayEntry>().Where(h => h.Year == input.Year).ExecuteDeleteAsync(c.CancellationToken);
                    db.Set<HolidayEntry>().AddRange(input.Days.Select(d => new HolidayEntry
                    {
                        Year = input.Year,
                        Date = d.Date,
                        NameVi = d.NameVi.Trim(),
                        NameEn = d.NameEn.Trim(),
                        Kind = d.Kind,
                        Source = d.Source.Trim(),
                        IsConfirmed = d.Confirmed,
                    }));
                    await db.SaveChangesAsync(c.CancellationToken);
                    await tx.CommitAsync(c.CancellationToken);
                }
                var store = c.Service<HolidayStore>();
                store.Invalidate(input.Year);
                var schedule = store.Schedule(input.Year);
                return new SetHolidaySchedulePayload([.. schedule.Days.Select(d => new HolidayView(d, schedule.Entered))], []);
            });

    internal static List<DomainError> Validate(SetHolidayScheduleInput input)
    {
        var errors = new List<DomainError>();
        if (input.Year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
            errors.Add(new ValidationError("year", "Năm phải từ 1900 đến 2100.", "The year must be between 1900 and 2100."));
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < input.Days.Count; i++)
        {
            var d = input.Days[i];
            var field = $"days[{i}]";
            var weekend = d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (d.Date.Year != input.Year)
                errors.Add(new ValidationError($"{field}.date", $"Ngày {d.Date:dd/MM/yyyy} không thuộc năm {input.Year}.", $"{d.Date:yyyy-MM-dd} is not in {input.Year}."));
            if (!seen.Add(d.Date))
                errors.Add(new ValidationError($"{field}.date", $"Ngày {d.Date:dd/MM/yyyy} bị nhập hai lần.", $"{d.Date:yyyy-MM-dd} is entered twice."));
            if (string.IsNullOrWhiteSpace(d.NameVi) || d.NameVi.Length > 200 || string.IsNullOrWhiteSpace(d.NameEn) || d.NameEn.Length > 200)
                errors.Add(new ValidationError($"{field}.name", "Tên ngày nghỉ (tiếng Việt và tiếng Anh) phải có, tối đa 200 ký tự.", "Both names are required, at most 200 characters."));
            if (string.IsNullOrWhiteSpace(d.Source) || d.Source.Length > 300)
                errors.Add(new ValidationError($"{field}.source", "Phải ghi văn bản nguồn (tối đa 300 ký tự).", "The source document is required (at most 300 characters)."));
            // A swapped working day is a weekend day worked; days given off in exchange or as compensation are weekdays.
            if (d.Kind == HolidayKind.SwappedWorkingDay && !weekend)
                errors.Add(new ValidationError($"{field}.kind", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.", "A swapped working day must be a Saturday or Sunday."));
            if (d.Kind is HolidayKind.CompensatoryDayOff or HolidayKind.SwappedDayOff && weekend)
                errors.Add(new ValidationError($"{field}.kind", "Ngày nghỉ bù / hoán đổi phải là ngày làm việc trong tuần.", "A compensatory or swapped day off must be a weekday."));
        }
        return errors;
    }
}
