using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Units;

/// <summary>Kinds of organisational unit, from the province down to the offices inside a unit.</summary>
public enum UnitKind
{
    Province,
    Department,
    District,
    Commune,
    Office,
}

/// <summary>
/// An organisational unit. <see cref="Code"/> is the electronic agency identifier of Decision 20/2020/QĐ-TTg
/// (<c>xxx.yy.zz.Hnn</c>, DOMAIN.md §2.3), which also prefixes dossier codes.
/// </summary>
public sealed class Unit
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required UnitKind Kind { get; init; }
    public int? ParentId { get; init; }

    /// <summary>Materialised path of ids (<c>/1/4/27/</c>): a subtree is one indexed prefix match.</summary>
    public required string Path { get; set; }

    public int Level { get; init; }

    /// <summary>Name of the unit's one-stop desk (Bộ phận Một cửa), when it has one.</summary>
    public string? OneStopDesk { get; set; }

    /// <summary>Lower-case, diacritic-free name and code, for search that ignores Vietnamese accents.</summary>
    public required string SearchText { get; set; }

    /// <summary>Optimistic concurrency token, incremented by every change.</summary>
    public int Version { get; set; } = 1;

    public DomainError? Rename(string name, string? oneStopDesk, int expectedVersion)
    {
        if (expectedVersion != Version) return new ConcurrencyConflictError(Version);
        name = name.Trim();
        if (name.Length is < 2 or > 200)
            return new ValidationError("name", "Tên đơn vị phải dài từ 2 đến 200 ký tự.", "The unit name must be 2 to 200 characters long.");
        if (oneStopDesk is { Length: > 200 })
            return new ValidationError("oneStopDesk", "Tên bộ phận một cửa dài tối đa 200 ký tự.", "The one-stop desk name is at most 200 characters long.");
        Name = name;
        OneStopDesk = string.IsNullOrWhiteSpace(oneStopDesk) ? null : oneStopDesk.Trim();
        SearchText = Infrastructure.Text.VietnameseText.Fold($"{Code} {Name}");
        Version++;
        return null;
    }
}
