using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Staffing;

/// <summary>Offices by id, limited to the viewer's scope (the viewer is the same for every key of a request).</summary>
public sealed class OfficeByIdLoader(OneStopDb db) : BatchLoader<int, Office?>
{
    private Viewer _viewer = Viewer.Anonymous;

    public IDataLoaderResult<Office?> Load(IResolveFieldContext context, int id)
    {
        _viewer = context.Viewer();
        return Load(id);
    }

    protected override async Task<IReadOnlyDictionary<int, Office?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        await StaffingScope.Offices(db, _viewer).AsNoTracking().Where(o => keys.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (Office?)o, ct);
}

/// <summary>People by id, limited to the viewer's scope.</summary>
public sealed class PersonByIdLoader(OneStopDb db) : BatchLoader<int, Person?>
{
    private Viewer _viewer = Viewer.Anonymous;

    public IDataLoaderResult<Person?> Load(IResolveFieldContext context, int id)
    {
        _viewer = context.Viewer();
        return Load(id);
    }

    /// <summary>Several people in the given order; those outside the viewer's scope are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<Person>> LoadMany(IResolveFieldContext context, IEnumerable<int> ids) =>
        new Many([.. ids.Select(id => Load(context, id))]);

    protected override async Task<IReadOnlyDictionary<int, Person?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        await StaffingScope.People(db, _viewer).AsNoTracking().Where(p => keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (Person?)p, ct);

    private sealed class Many(IReadOnlyList<IDataLoaderResult<Person?>> items) : IDataLoaderResult<IReadOnlyList<Person>>
    {
        public async Task<IReadOnlyList<Person>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var people = new List<Person>(items.Count);
            foreach (var item in items)
                if (await item.GetResultAsync(cancellationToken) is { } p) people.Add(p);
            return people;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>Assignment history of offices, oldest first.</summary>
public sealed class AssignmentsByOfficeIdLoader(OneStopDb db) : GroupLoader<int, Assignment>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Assignment>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct)
    {
        var rows = await db.Assignments.AsNoTracking().Where(a => keys.Contains(a.OfficeId)).OrderBy(a => a.From).ThenBy(a => a.Id).ToListAsync(ct);
        return rows.GroupBy(a => a.OfficeId).ToDictionary(g => g.Key, g => (IReadOnlyList<Assignment>)[.. g]);
    }
}

/// <summary>Assignment history of people, oldest first.</summary>
public sealed class AssignmentsByPersonIdLoader(OneStopDb db) : GroupLoader<int, Assignment>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Assignment>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct)
    {
        var rows = await db.Assignments.AsNoTracking().Where(a => keys.Contains(a.PersonId)).OrderBy(a => a.From).ThenBy(a => a.Id).ToListAsync(ct);
        return rows.GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => (IReadOnlyList<Assignment>)[.. g]);
    }
}

/// <summary>Employment terms of people, oldest first.</summary>
public sealed class EmploymentsByPersonIdLoader(OneStopDb db) : GroupLoader<int, Employment>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Employment>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct)
    {
        var rows = await db.Employments.AsNoTracking().Where(e => keys.Contains(e.PersonId)).OrderBy(e => e.Start).ThenBy(e => e.Id).ToListAsync(ct);
        return rows.GroupBy(e => e.PersonId).ToDictionary(g => g.Key, g => (IReadOnlyList<Employment>)[.. g]);
    }
}
