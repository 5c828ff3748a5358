using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Infrastructure.Demo;

/// <summary>
/// Seeds the demo profile (Quảng Nam 2020) into an empty database. Deterministic: Bogus with a fixed seed,
/// so screenshots and tests see the same data. Runs once; a second start finds the data and does nothing.
/// </summary>
public sealed class DemoSeeder(OneStopDb db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, ILogger<DemoSeeder> log)
{
    public const int Seed = 2020;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await EnsureRolesAsync(roles);
        if (await db.Units.AnyAsync(ct)) return;
        var slugs = await SeedUnitsAsync(ct);
        foreach (var a in DemoAccounts.All)
        {
            var user = new AppUser
            {
                UserName = a.Email,
                Email = a.Email,
                EmailConfirmed = true,
                FullName = a.FullName,
                UnitId = slugs[a.UnitSlug ?? ""],
            };
            Check(await users.CreateAsync(user, DemoAccounts.Password));
            Check(await users.AddToRoleAsync(user, a.Role));
        }
        var unitCount = await db.Units.CountAsync(ct);
        log.LogInformation("Demo data seeded: {Units} units, {Users} accounts", unitCount, DemoAccounts.All.Length);
    }

    /// <summary>Roles exist in every profile (production too); accounts do not.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
    }

    private async Task<Dictionary<string, int>> SeedUnitsAsync(CancellationToken ct)
    {
        var faker = new Faker("vi") { Random = new Randomizer(Seed) };
        var province = NewUnit(QuangNamUnits.ProvinceCode, QuangNamUnits.ProvinceName, UnitKind.Province, null, "Bộ phận Một cửa - Trung tâm Phục vụ hành chính công tỉnh");
        db.Units.Add(province);
        await db.SaveChangesAsync(ct);
        var slugs = new Dictionary<string, int> { [""] = province.Id };

        var level1 = new List<(Unit Unit, QuangNamUnits.District? District)>();
        for (var i = 0; i < QuangNamUnits.Departments.Length; i++)
            level1.Add((NewUnit($"000.00.{i + 1:00}.H47", QuangNamUnits.Departments[i], UnitKind.Department, province, null), null));
        for (var j = 0; j < QuangNamUnits.Districts.Length; j++)
        {
            var d = QuangNamUnits.Districts[j];
            level1.Add((NewUnit($"000.00.{j + 21:00}.H47", "Ủy ban nhân dân " + d.Name.ToLowerFirstWord(), UnitKind.District, province,
                "Bộ phận Một cửa " + d.Name), d));
        }
        db.Units.AddRange(level1.Select(x => x.Unit));
        await db.SaveChangesAsync(ct);

        foreach (var (unit, district) in level1)
        {
            if (district is null) continue;
            slugs[district.Slug] = unit.Id;
            var zz = unit.Code[7..9];
            var communes = district.Communes.Concat(GeneratedCommunes(faker, district)).ToList();
            for (var k = 0; k < communes.Count; k++)
                db.Units.Add(NewUnit($"000.{k + 1:00}.{zz}.H47", "Ủy ban nhân dân " + communes[k], UnitKind.Commune, unit, "Bộ phận Một cửa " + communes[k]));
            for (var k = 0; k < QuangNamUnits.DistrictOffices.Length; k++)
                db.Units.Add(NewUnit($"000.{k + 50}.{zz}.H47", QuangNamUnits.DistrictOffices[k], UnitKind.Office, unit, null));
        }
        await db.SaveChangesAsync(ct);
        return slugs;
    }

    private static IEnumerable<string> GeneratedCommunes(Faker faker, QuangNamUnits.District district)
    {
        var used = new HashSet<string>(district.Communes);
        while (used.Count < district.Communes.Length + district.GeneratedCommunes)
        {
            var name = $"Xã {district.Name.Split(' ')[^1]} {faker.PickRandom(QuangNamUnits.NameSyllables)}";
            if (used.Add(name)) yield return name;
        }
    }

    private static Unit NewUnit(string code, string name, UnitKind kind, Unit? parent, string? desk) => new()
    {
        Code = code,
        Name = name,
        Kind = kind,
        ParentId = parent?.Id,
        Level = parent is null ? 0 : parent.Level + 1,
        Path = (parent?.Path ?? "/") + code + "/",
        OneStopDesk = desk,
        SearchText = VietnameseText.Fold($"{code} {name}"),
    };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}

internal static class NameExtensions
{
    /// <summary>"Thành phố Tam Kỳ" → "thành phố Tam Kỳ", as written after "Ủy ban nhân dân".</summary>
    public static string ToLowerFirstWord(this string name) =>
        name.Length == 0 ? name : char.ToLower(name[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + name[1..];
}
