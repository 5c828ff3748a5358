using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Procedures;

public enum ProcedureOrder
{
    Code,
    Name,
}

public sealed class ProcedureOrderGraphType : EnumerationGraphType<ProcedureOrder>
{
    public ProcedureOrderGraphType() => Description = "Order of the catalogue list; ties are broken by version id, so pages are stable.";
}

public sealed class ProcedureFilterGraphType : InputObjectGraphType<ProcedureFilter>
{
    public ProcedureFilterGraphType()
    {
        Name = "ProcedureFilter";
        Field(f => f.Search, nullable: true).Description("Matches code and name, ignoring Vietnamese diacritics and case (\"dang ky khai sinh\").");
        Field(f => f.FieldCode, nullable: true).Description("Field (lĩnh vực) code.");
        Field<ImplementingLevelGraphType>("level");
        Field(f => f.UnitCode, nullable: true).Description("Implemented or received by this unit.");
        Field<OnlineServiceClassGraphType>("onlineService");
        Field<ProcedureStatusGraphType>("status")
            .Description("Default: versions in force on `inForceOn`. PUBLISHED: the same, without retirements already announced. DRAFT and RETIRED need a signed-in user.");
        Field<BooleanGraphType>("citesExpiredLaw").Description("Cites a legal document not in force on `inForceOn`.");
        Field<PortalSyncStateGraphType>("syncState");
        Field<DateOnlyGraphType>("inForceOn").Description("The day that decides which version is in force and which law has expired (default today).");
    }
}

public static class ProcedureQueries
{
    public static readonly Keyset<ProcedureVersion, string> ByCode = new(v => v.Code, v => v.Id);
    public static readonly Keyset<ProcedureVersion, string> ByName = new(v => v.Name, v => v.Id);

    public static void AddProcedureQueries(this Query query)
    {
        query.Connection<ProcedureGraphType, ProcedureVersion>("procedures")
            .Description("The procedure catalogue: one version per procedure (the one in force unless `status` says otherwise). Public for published procedures.")
            .Argument<ProcedureFilterGraphType>("where")
            .Argument<ProcedureOrderGraphType>("order", "Default CODE.")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<ProcedureFilter?>("where") ?? new ProcedureFilter();
                if (filter.Status is ProcedureStatus.Draft or ProcedureStatus.Retired && !c.Viewer().IsAuthenticated)
                    throw new ExecutionError("Sign in to list draft or retired procedures.") { Code = AuthorizationRule.Unauthenticated };
                var q = ProcedureRepository.Search(c.Service<OneStopDb>(), filter, c.Today());
                var order = c.GetArgument<ProcedureOrder?>("order") == ProcedureOrder.Name ? ByName : ByCode;
                return await q.PageAsync(order, c);
            });

        query.Field<ProcedureGraphType, ProcedureVersion?>("procedure")
            .Description("A procedure by code: the version in force on `on` (default today); signed-in users get the newest version when none is in force.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<DateOnlyGraphType>("on")
            .ResolveAsync(async c =>
                await ProcedureRepository.ByCode(c.Service<OneStopDb>(), c.GetArgument<string>("code"), c.OnOrToday(), c.Viewer().IsAuthenticated)
                    .FirstOrDefaultAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureFieldGraphType>>>, List<ProcedureField>>("procedureFields")
            .Description("Fields of procedures (lĩnh vực), in code order.")
            .ResolveAsync(async c => await c.Service<OneStopDb>().ProcedureFields.AsNoTracking().OrderBy(f => f.Code).ToListAsync(c.CancellationToken));

        query.Field<NonNullGraphType<CatalogueHealthGraphType>, CatalogueHealth>("catalogueHealth")
            .Description("Per-unit catalogue health: published, drafts, citing expired law, missing fields, online share, sync states.")
            .AuthorizeWithPolicy(Policies.Supervisor)
            .Argument<StringGraphType>("unitCode", "This unit and its sub-units; default: every unit the viewer may see.")
            .Argument<DateOnlyGraphType>("on", "Default today.")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var viewer = c.Viewer();
                var units = UnitQueries.VisibleTo(db.Units.AsNoTracking(), viewer);
                var unitCode = c.GetArgument<string?>("unitCode");
                if (unitCode is not null)
                {
                    var path = await units.Where(u => u.Code == unitCode).Select(u => u.Path).SingleOrDefaultAsync(c.CancellationToken)
                        ?? throw new ExecutionError($"Unit {unitCode} was not found.") { Code = "NOT_FOUND" };
                    units = units.Where(u => u.Path.StartsWith(path));
                }
                return await CatalogueHealthQueries.ComputeAsync(db, units, unitCode is null && viewer.IsProvinceWide, c.OnOrToday(), c.CancellationToken);
            });
    }
}
