using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Staffing;

/// <summary>
/// The write rules shared by the mutations and the spreadsheet import: scope checks, dates, quotas, one head post
/// at a time, non-overlapping employment terms. Changes are tracked; the caller saves.
/// </summary>
public sealed class StaffingService(OneStopDb db, TimeProvider clock)
{
    public DateOnly Today => StaffingScope.Today(clock);

    /// <summary>A unit the viewer may edit: admins anywhere, a unit's leader (its organisation officer) in their subtree.</summary>
    public async Task<(Unit? Unit, DomainError? Error)> EditableUnitAsync(Viewer viewer, string code, CancellationToken ct)
    {
        var unit = await StaffingScope.VisibleUnitAsync(db, viewer, code, ct);
        return unit is null ? (null, new NotFoundError("đơn vị " + code)) : (unit, null);
    }

    public async Task<Office?> EditableOfficeAsync(Viewer viewer, string code, CancellationToken ct) =>
        await StaffingScope.Offices(db, viewer).SingleOrDefaultAsync(o => o.Code == code, ct);

    public async Task<Person?> EditablePersonAsync(Viewer viewer, int id, CancellationToken ct) =>
        await StaffingScope.People(db, viewer).SingleOrDefaultAsync(p => p.Id == id, ct);

    public async Task<(Person? Person, DomainError? Error)> CreatePersonAsync(Unit unit, string personKey, string fullName, DateOnly dateOfBirth,
        DateOnly seniorityStart, CancellationToken ct)
    {
        if (Person.Validate(personKey, fullName, dateOfBirth, seniorityStart, Today) is { } error) return (null, error);
        personKey = personKey.Trim();
        if (await db.People.AnyAsync(p => p.PersonKey == personKey, ct))
            return (null, new ValidationError("personKey", $"Mã cán bộ {personKey} đã tồn tại.", $"Staff code {personKey} already exists."));
        var person = new Person
        {
            PersonKey = personKey,
            FullName = fullName.Trim(),
            DateOfBirth = dateOfBirth,
            SeniorityStart = seniorityStart,
            UnitId = unit.Id,
            SearchText = VietnameseText.Fold($"{personKey} {fullName}"),
        };
        db.People.Add(person);
        return (person, null);
    }

    public async Task<(Assignment? Assignment, DomainError? Error)> AssignAsync(Person person, Office office, Position position, PostType postType,
        DateOnly from, DateOnly? to, CancellationToken ct)
    {
        if (to is { } t && t < from)
            return (null, new ValidationError("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The end date must not be before the start date."));
        if (!office.ExistsOn(from))
            return (null, new ValidationError("from", $"{office.Code} chưa thành lập hoặc đã giải thể vào ngày này.", $"{office.Code} does not exist on that date."));
        var own = await db.Assignments.Where(a => a.PersonId == person.Id).ToListAsync(ct);
        if (own.Any(a => a.OfficeId == office.Id && a.Overlaps(from, to)))
            return (null, new ValidationError("from", "Người này đã có vị trí ở phòng này trong thời gian đó.", "The person already holds a post in this office then."));
        if (Assignment.IsHeadPost(position) && own.Any(a => Assignment.IsHeadPost(a.Position) && a.Overlaps(from, to)))
            return (null, new OverlappingHeadPostError(person.PersonKey));
        var employment = await db.Employments.Where(e => e.PersonId == person.Id && e.Start <= from && (e.End == null || e.End >= from))
            .OrderByDescending(e => e.Start).FirstOrDefaultAsync(ct);
        if (employment?.Type == EmploymentType.CivilServant)
        {
            // Civil servants hold posts within the office's assigned quota (biên chế) on the start date.
            var civilServants = await db.Assignments
                .Where(a => a.OfficeId == office.Id && a.PersonId != person.Id && a.From <= from && (a.To == null || a.To >= from))
                .Where(a => db.Employments.Any(e => e.PersonId == a.PersonId && e.Type == EmploymentType.CivilServant && e.Start <= from && (e.End == null || e.End >= from)))
                .Select(a => a.PersonId).Distinct().CountAsync(ct);
            if (civilServants + 1 > office.HeadcountQuota) return (null, new QuotaExceededError(office.Code, office.HeadcountQuota));
        }
        var assignment = new Assignment { PersonId = person.Id, OfficeId = office.Id, Position = position, PostType = postType, From = from, To = to };
        db.Assignments.Add(assignment);
        return (assignment, null);
    }

    /// <summary>Records a new employment term; the term in force on its start date ends the day before.</summary>
    public async Task<(Employment? Employment, DomainError? Error)> RecordEmploymentAsync(Person person, EmploymentType type, SupportJob? job,
        DateOnly start, DateOnly? end, CancellationToken ct)
    {
        if (Employment.Validate(type, job, start, end) is { } error) return (null, error);
        var terms = await db.Employments.Where(e => e.PersonId == person.Id).ToListAsync(ct);
        if (terms.Any(e => e.Start >= start))
            return (null, new ValidationError("start", "Thời hạn mới phải bắt đầu sau thời hạn gần nhất.", "A new term must start after the latest one."));
        foreach (var open in terms.Where(e => e.End is null || e.End >= start))
        {
            open.End = start.AddDays(-1);
            open.Version++;
        }
        var employment = new Employment { PersonId = person.Id, Type = type, SupportJob = job, Start = start, End = end };
        db.Employments.Add(employment);
        return (employment, null);
    }
}
