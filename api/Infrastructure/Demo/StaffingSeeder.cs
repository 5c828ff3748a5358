using Bogus;
using Person = OneStop.Api.Features.Staffing.Person;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Staffing;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Infrastructure.Demo;

/// <summary>
/// Offices and people for the Quảng Nam 2020 demo units (deterministic: Bogus "vi", fixed seed, bulk inserts), with
/// planted cases for the compliance page: divisions with one deputy too many (from 2022), district offices above the
/// 108/2020 reading, 111/2022 contracts and public employees in professional posts, 173/2025 contracts (one too long,
/// one in routine work, one ending soon), one-stop desk officers below the seniority setting, and compliant units.
/// </summary>
public sealed class StaffingSeeder(OneStopDb db, ILogger<StaffingSeeder> log)
{
    public const int Seed = 2021;

    /// <summary>
    /// Province class of Quảng Nam for the demo. DOMAIN.md does not give it (UNVERIFIED): it is office data an
    /// organisation officer corrects, not a rule.
    /// </summary>
    public const ProvinceClass QuangNamClass = ProvinceClass.ClassI;

    private static readonly string[] Divisions = ["Phòng Tổ chức - Hành chính", "Phòng Kế hoạch - Tài chính", "Phòng Quản lý chuyên ngành", "Phòng Pháp chế", "Thanh tra sở"];

    private readonly Faker _faker = new("vi") { Random = new Randomizer(Seed) };
    private readonly List<(Person Person, Office Office, Position Position, PostType PostType, DateOnly From, EmploymentType Type, SupportJob? Job, DateOnly Start, DateOnly? End)> _staff = [];
    private int _next = 1;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Offices.AnyAsync(ct) || !await db.Units.AnyAsync(ct)) return;
        var units = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Department || u.Kind == UnitKind.District).OrderBy(u => u.Code).ToListAsync(ct);
        var districtOffices = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Office).OrderBy(u => u.Code).ToListAsync(ct);
        var offices = new List<Office>();
        foreach (var unit in units)
        {
            var zz = unit.Code[7..9];
            if (unit.Kind == UnitKind.Department)
            {
                offices.Add(NewOffice($"{unit.Code}-LD", "Ban Giám đốc", OfficeKind.Leadership, unit, 4));
                offices.Add(NewOffice($"000.01.{zz}.H47", "Văn phòng sở", OfficeKind.GeneralOffice, unit, _faker.Random.Int(8, 14)));
                var count = _faker.Random.Int(2, 4);
                for (var k = 0; k < count; k++)
                    offices.Add(NewOffice($"000.{k + 2:00}.{zz}.H47", Divisions[k], OfficeKind.Division, unit, _faker.Random.Int(5, 16)));
                if (_faker.Random.Bool(0.3f))
                {
                    var chiCuc = NewOffice($"000.{count + 2:00}.{zz}.H47", "Chi cục " + _faker.PickRandom("Quản lý thị trường", "Kiểm lâm", "Thủy lợi", "Văn thư - Lưu trữ", "Dân số"),
                        OfficeKind.SubDepartment, unit, _faker.Random.Int(12, 22));
                    chiCuc.InternalUnits = _faker.Random.Int(2, 5);
                    offices.Add(chiCuc);
                }
            }
            else
            {
                foreach (var o in districtOffices.Where(o => o.ParentId == unit.Id))
                    offices.Add(NewOffice(o.Code, o.Name, o.Name.StartsWith("Văn phòng", StringComparison.Ordinal) ? OfficeKind.GeneralOffice : OfficeKind.Division,
                        unit, _faker.Random.Int(5, 11)));
                offices.Add(NewOffice($"{unit.Code}-MC", unit.OneStopDesk ?? "Bộ phận Một cửa", OfficeKind.OneStopDesk, unit, _faker.Random.Int(4, 7)));
            }
        }
        db.Offices.AddRange(offices);
        await db.SaveChangesAsync(ct);

        foreach (var office in offices) Staff(office);
        Plant(offices);
        await LinkDemoAccountsAsync(ct);
        db.People.AddRange(_staff.Select(s => s.Person).Distinct());
        await db.SaveChangesAsync(ct);
        db.Assignments.AddRange(_staff.Select(s => new Assignment
        {
            PersonId = s.Person.Id,
            OfficeId = s.Office.Id,
            Position = s.Position,
            PostType = s.PostType,
            From = s.From,
        }));
        db.Employments.AddRange(_staff.Select(s => new Employment { PersonId = s.Person.Id, Type = s.Type, SupportJob = s.Job, Start = s.Start, End = s.End }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        log.LogInformation("Demo staffing seeded: {Offices} offices, {People} people", offices.Count, _staff.Count);
    }

    /// <summary>
    /// The demo officers' accounts hold posts in their unit (dossier steps go only to posted officers): the desk's
    /// receptionist and data-entry clerk at the one-stop desk, the specialist in a division, the leader heading the
    /// unit's office. Each takes over one generated person's record and name.
    /// </summary>
    private async Task LinkDemoAccountsAsync(CancellationToken ct)
    {
        var accounts = await db.Users.AsNoTracking().Where(u => u.UnitId != null).Select(u => new { u.Id, u.Email, u.FullName, u.UnitId }).ToListAsync(ct);
        var taken = new HashSet<Person>();
        foreach (var demo in DemoAccounts.All.Where(a => a.UnitSlug is not null))
        {
            if (accounts.SingleOrDefault(u => u.Email == demo.Email) is not { } account) continue;
            var (kind, position) = demo.Role switch
            {
                Roles.Leader => (OfficeKind.GeneralOffice, Position.Head),
                Roles.Specialist => (OfficeKind.Division, Position.Staff),
                _ => (OfficeKind.OneStopDesk, Position.Staff),
            };
            var post = _staff.FirstOrDefault(s => s.Office.UnitId == account.UnitId && s.Office.Kind == kind && s.Position == position
                && s.Type == EmploymentType.CivilServant && !taken.Contains(s.Person));
            if (post.Person is not { } person) continue;
            taken.Add(person);
            person.FullName = account.FullName;
            person.SearchText = VietnameseText.Fold($"{person.PersonKey} {account.FullName}");
            person.LinkAccount(account.Id, person.Version);
        }
    }

    private static Office NewOffice(string code, string name, OfficeKind kind, Unit unit, int quota) => new()
    {
        Code = code,
        Name = name,
        Kind = kind,
        UnitId = unit.Id,
        HeadcountQuota = quota,
        ProvinceClass = QuangNamClass,
        EstablishedOn = new DateOnly(2015, 1, 1),
        SearchText = VietnameseText.Fold($"{code} {name}"),
    };

    /// <summary>A compliant office: a head, deputies within the 107/2020 class I table, civil servants up to the quota.</summary>
    private void Staff(Office office)
    {
        if (office.Kind == OfficeKind.Leadership)
        {
            Add(office, Position.Director, PostType.Professional, EmploymentType.CivilServant);
            for (var i = 0; i < _faker.Random.Int(2, 3); i++) Add(office, Position.DeputyDirector, PostType.Professional, EmploymentType.CivilServant);
            return;
        }
        var deputies = office.Kind switch
        {
            OfficeKind.OneStopDesk => 0,
            OfficeKind.SubDepartment => office.InternalUnits >= 4 ? 2 : 1,
            _ => office.HeadcountQuota >= 15 ? 3 : office.HeadcountQuota >= 9 ? 2 : 1,
        };
        var civilServants = _faker.Random.Int(Math.Max(2, office.HeadcountQuota - 3), office.HeadcountQuota);
        Add(office, office.Kind == OfficeKind.OneStopDesk ? Position.Staff : Position.Head, PostType.Professional, EmploymentType.CivilServant);
        for (var i = 0; i < deputies; i++) Add(office, Position.DeputyHead, PostType.Professional, EmploymentType.CivilServant);
        for (var i = 1 + deputies; i < civilServants; i++) Add(office, Position.Staff, PostType.Professional, EmploymentType.CivilServant);
        if (office.Kind == OfficeKind.GeneralOffice)
            foreach (var job in _faker.PickRandom([SupportJob.Driver, SupportJob.Guard, SupportJob.Cleaner, SupportJob.Receptionist], 2))
                Add(office, Position.Staff, PostType.Support, EmploymentType.SupportContract111, job, start: new DateOnly(2023, 3, 1));
    }

    private void Plant(List<Office> offices)
    {
        Office At(string code) => offices.Single(o => o.Code == code);
        var appointed2022 = new DateOnly(2022, 3, 1);
        // One deputy head too many since March 2022 (Sở Nội vụ, Sở NN&PTNT, Sở Y tế divisions).
        foreach (var code in new[] { "000.02.02.H47", "000.03.07.H47", "000.02.16.H47" })
            Add(At(code), Position.DeputyHead, PostType.Professional, EmploymentType.CivilServant, from: appointed2022);
        // Four deputy directors (above the average of 3) in two departments.
        foreach (var code in new[] { "000.00.05.H47-LD", "000.00.10.H47-LD" })
            while (_staff.Count(s => s.Office.Code == code && s.Position == Position.DeputyDirector) < 4)
                Add(At(code), Position.DeputyDirector, PostType.Professional, EmploymentType.CivilServant, from: appointed2022);
        // District offices with 3 deputies and fewer than 10 posts (108/2020 reading, UNVERIFIED: warnings).
        foreach (var code in new[] { "000.51.21.H47", "000.53.32.H47" })
        {
            At(code).HeadcountQuota = 8;
            while (_staff.Count(s => s.Office.Code == code && s.Position == Position.DeputyHead) < 3)
                Add(At(code), Position.DeputyHead, PostType.Professional, EmploymentType.CivilServant);
        }
        // Labour contracts (111/2022) and public employees in professional posts.
        var start = new DateOnly(2023, 3, 1);
        foreach (var code in new[] { "000.02.04.H47", "000.03.10.H47", "000.54.21.H47", "000.55.32.H47", "000.52.36.H47" })
            Add(At(code), Position.Staff, PostType.Professional, EmploymentType.SupportContract111, SupportJob.OtherSupport, start: start);
        foreach (var code in new[] { "000.02.15.H47", "000.56.32.H47" })
            Add(At(code), Position.Staff, PostType.Professional, EmploymentType.PublicEmployee, start: start);
        // Decree 173/2025 contracts: a compliant digital-transformation task, one too long, one in routine work, one ending soon.
        var d173 = new DateOnly(2025, 9, 1);
        Add(At("000.02.11.H47"), Position.Staff, PostType.SpecialisedTask, EmploymentType.Contract173Labour, start: d173, end: d173.AddMonths(18).AddDays(-1));
        Add(At("000.03.11.H47"), Position.Staff, PostType.SpecialisedTask, EmploymentType.Contract173Labour, start: d173, end: d173.AddMonths(30).AddDays(-1));
        Add(At("000.02.05.H47"), Position.Staff, PostType.Professional, EmploymentType.Contract173Service, start: d173, end: new DateOnly(2027, 8, 31));
        Add(At("000.02.09.H47"), Position.Staff, PostType.SpecialisedTask, EmploymentType.Contract173Labour, start: d173, end: new DateOnly(2026, 12, 10));
        // One-stop desk officers who joined the sector in September 2025 (below the 24-month setting, LOW: warnings).
        foreach (var code in new[] { "000.00.32.H47-MC", "000.00.36.H47-MC" })
            Add(At(code), Position.Staff, PostType.Professional, EmploymentType.CivilServant, seniority: d173, from: d173);
    }

    private void Add(Office office, Position position, PostType postType, EmploymentType type, SupportJob? job = null, DateOnly? from = null,
        DateOnly? start = null, DateOnly? end = null, DateOnly? seniority = null)
    {
        var dob = DateOnly.FromDateTime(_faker.Date.Between(new DateTime(1966, 1, 1), new DateTime(1998, 12, 31)));
        var joined = seniority ?? DateOnly.FromDateTime(_faker.Date.Between(dob.AddYears(22).ToDateTime(TimeOnly.MinValue), new DateTime(2019, 12, 31)));
        if (joined < dob.AddYears(22)) joined = dob.AddYears(22);
        // Bogus "vi" given names carry their middle name; some use Ð (U+00D0) where Vietnamese writes Đ (U+0110).
        var name = $"{_faker.Name.LastName()} {_faker.Name.FirstName()}".Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ');
        var key = $"QNA-{_next++:00000}";
        var person = new Person
        {
            PersonKey = key,
            FullName = name,
            DateOfBirth = dob,
            SeniorityStart = joined,
            UnitId = office.UnitId,
            SearchText = VietnameseText.Fold($"{key} {name}"),
        };
        var posted = from ?? (start is { } s && s > joined ? s : Later(joined, new DateOnly(2020, 6, 30)));
        _staff.Add((person, office, position, postType, posted, type, job, start ?? joined, end));
    }

    private DateOnly Later(DateOnly from, DateOnly max) =>
        from >= max ? from : DateOnly.FromDateTime(_faker.Date.Between(from.ToDateTime(TimeOnly.MinValue), max.ToDateTime(TimeOnly.MinValue)));
}
