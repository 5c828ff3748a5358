using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.Staffing;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Staffing;

/// <summary>One person to place in an arranged office.</summary>
public sealed record StaffSpec(Position Position, PostType PostType = PostType.Professional, EmploymentType Type = EmploymentType.CivilServant,
    DateOnly? Start = null, DateOnly? End = null, SupportJob? Job = null, DateOnly? Seniority = null, DateOnly? From = null);

/// <summary>
/// Arranges staffing rows straight in the test database (a fresh unit under the province per call, so cases never
/// share offices); the tests then read everything back over HTTP.
/// </summary>
public static class StaffingArrange
{
    private static int _next;

    public static readonly DateOnly LongAgo = new(2015, 1, 1);

    public static async Task<(string UnitCode, string OfficeCode)> OfficeAsync(OneStopApiFactory factory, UnitKind unitKind, OfficeKind kind,
        ProvinceClass provinceClass, int quota, IEnumerable<StaffSpec> staff, int internalUnits = 0)
    {
        var n = Interlocked.Increment(ref _next);
        var code = $"T{n:000}.00.00.H47";
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        var province = await db.Units.SingleAsync(u => u.Level == 0);
        var unit = new Unit
        {
            Code = code,
            Name = $"Đơn vị thử {n}",
            Kind = unitKind,
            ParentId = province.Id,
            Level = 1,
            Path = province.Path + code + "/",
            SearchText = $"{code} don vi thu {n}",
        };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        var office = new Office
        {
            Code = $"{code}-P1",
            Name = $"Phòng thử {n}",
            Kind = kind,
            UnitId = unit.Id,
            HeadcountQuota = quota,
            ProvinceClass = provinceClass,
            InternalUnits = internalUnits,
            EstablishedOn = LongAgo,
            SearchText = $"{code}-p1 phong thu {n}",
        };
        db.Offices.Add(office);
        await db.SaveChangesAsync();
        var i = 0;
        foreach (var s in staff)
        {
            var person = new Person
            {
                PersonKey = $"{code}-{++i:000}",
                FullName = $"Nguyễn Văn Thử {i}",
                DateOfBirth = new DateOnly(1980, 5, 17),
                SeniorityStart = s.Seniority ?? new DateOnly(2005, 1, 1),
                UnitId = unit.Id,
                SearchText = $"nguyen van thu {i}",
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            db.Assignments.Add(new Assignment { PersonId = person.Id, OfficeId = office.Id, Position = s.Position, PostType = s.PostType, From = s.From ?? LongAgo });
            db.Employments.Add(new Employment { PersonId = person.Id, Type = s.Type, SupportJob = s.Job, Start = s.Start ?? LongAgo, End = s.End });
        }
        await db.SaveChangesAsync();
        return (code, office.Code);
    }

    public static IEnumerable<StaffSpec> Deputies(int count, Position position = Position.DeputyHead) =>
        [new(position == Position.DeputyDirector ? Position.Director : Position.Head), .. Enumerable.Range(0, count).Select(_ => new StaffSpec(position))];

    private const string Query = """
        query($u: String, $d: Date) {
          staffingCompliance(unitCode: $u, asOf: $d) {
            asOf
            units { unit { code } status offices { office { code } status results {
              status message
              rule { code target provinceClass sizeFrom sizeTo limit confidence legalSource breachStatus effectiveFrom effectiveTo text }
              figures { headcountQuota staffCount civilServants deputies allowedDeputies minimumStaff internalUnits offending }
              people { personKey }
            } } }
            totals { offices results { status rule { code } figures { deputies allowedDeputies } } }
          }
        }
        """;

    /// <summary>The results of the one arranged office on a date, read over HTTP as an inspector.</summary>
    public static async Task<JsonArray> ResultsAsync(OneStopApiFactory factory, string unitCode, DateOnly asOf)
    {
        var client = await factory.ClientAsync("inspector@onestop.local");
        var data = await client.DataAsync(Query, new { u = unitCode, d = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        return data["staffingCompliance"]!["units"]![0]!["offices"]![0]!["results"]!.AsArray();
    }

    public static async Task<JsonNode> ComplianceAsync(HttpClient client, string? unitCode, DateOnly asOf) =>
        (await client.DataAsync(Query, new { u = unitCode, d = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }))["staffingCompliance"]!;

    public static JsonNode? Result(this JsonArray results, string ruleCode) =>
        results.SingleOrDefault(r => r!["rule"]!["code"]!.GetValue<string>() == ruleCode);

    public static string Status(this JsonNode? result) => result!["status"]!.GetValue<string>();
}
