using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Procedures;

/// <summary>
/// A procedure as one of its versions (the one in force, unless a specific version was asked for). Public for
/// published versions; drafts and retired versions are only returned to signed-in users (see <see cref="ProcedureVisibility"/>).
/// Every list field goes through a per-version DataLoader, so a page costs the same number of SQL statements at any size.
/// </summary>
public sealed class ProcedureGraphType : ObjectGraphType<ProcedureVersion>
{
    public ProcedureGraphType()
    {
        Name = "Procedure";
        Description = "An administrative procedure (thủ tục hành chính), as one of its versions.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of this version.")
            .Resolve(c => GlobalId.Encode(nameof(Procedure), c.Source.Id));
        Field(v => v.Code).Description("National procedure code, e.g. 1.001612.");
        Field(v => v.Number).Description("Version number, from 1.");
        Field(v => v.Name);
        Field<NonNullGraphType<ProcedureFieldGraphType>, IDataLoaderResult<ProcedureField?>>("field")
            .Resolve(c => c.Service<ProcedureFieldByIdLoader>().Load(c.Source.FieldId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImplementingLevelGraphType>>>>("levels")
            .Resolve(c => Flags(c.Source.Levels));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicantTypeGraphType>>>>("applicantTypes")
            .Resolve(c => Flags(c.Source.ApplicantTypes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureUnitGraphType>>>, IDataLoaderResult<IReadOnlyList<VersionUnit>>>("implementingUnits")
            .Resolve(c => c.Service<UnitsByVersionIdLoader>().Load(c.Source.Id)
                .Then(us => (IReadOnlyList<VersionUnit>)[.. us.Where(u => u.Roles.HasFlag(ProcedureUnitRoles.Implementing))]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureUnitGraphType>>>, IDataLoaderResult<IReadOnlyList<VersionUnit>>>("receivingUnits")
            .Resolve(c => c.Service<UnitsByVersionIdLoader>().Load(c.Source.Id)
                .Then(us => (IReadOnlyList<VersionUnit>)[.. us.Where(u => u.Roles.HasFlag(ProcedureUnitRoles.Receiving))]));
        Field<NonNullGraphType<ProcessingTimeGraphType>>("processingTime").Resolve(c => c.Source.ProcessingTime);
        Field<TimeOnlyGraphType>("cutOffHour")
            .Description("Dossiers received after this local time count from the next working day (e.g. 15:00 for same-day procedures).")
            .Resolve(c => c.Source.CutOffHour);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureFeeGraphType>>>, IDataLoaderResult<IReadOnlyList<ProcedureFee>>>("fees")
            .Resolve(c => c.Service<FeesByVersionIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequiredDocumentGraphType>>>, IDataLoaderResult<IReadOnlyList<RequiredDocument>>>("requiredDocuments")
            .Resolve(c => c.Service<RequiredDocumentsByVersionIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultDocumentGraphType>>>, IDataLoaderResult<IReadOnlyList<ResultDocument>>>("resultDocuments")
            .Resolve(c => c.Service<ResultDocumentsByVersionIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalDocumentGraphType>>>, IDataLoaderResult<IReadOnlyList<LegalDocument>>>("legalBases")
            .Resolve(c => c.Service<LegalBasesByVersionIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<OnlineServiceClassGraphType>>("onlineService").Resolve(c => c.Source.OnlineService);
        Field(v => v.LegacyOnlineLevel).Description("Level 1–4 of Decree 43/2011, kept for old reports.");
        Field<NonNullGraphType<ProcedureStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<DateOnlyGraphType>("effectiveFrom").Description("First day in force; null for drafts.").Resolve(c => c.Source.EffectiveFrom);
        Field<DateOnlyGraphType>("effectiveTo").Description("First day no longer in force; null while the window is open.").Resolve(c => c.Source.EffectiveTo);
        Field<NonNullGraphType<BooleanGraphType>>("inForce").Argument<DateOnlyGraphType>("on", "Default today.")
            .Resolve(c => c.Source.IsInForceOn(c.OnOrToday()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureStepGraphType>>>, IDataLoaderResult<IReadOnlyList<ProcedureStep>>>("steps")
            .Resolve(c => c.Service<StepsByVersionIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<BooleanGraphType>, IDataLoaderResult<bool>>("citesExpiredLaw")
            .Description("Whether a legal basis is not in force on the day (default today).")
            .Argument<DateOnlyGraphType>("on")
            .Resolve(c =>
            {
                var on = c.OnOrToday();
                return c.Service<LegalBasesByVersionIdLoader>().Load(c.Source.Id).Then(ds => ds.Any(d => !d.IsInForceOn(on)));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalDocumentGraphType>>>, IDataLoaderResult<IReadOnlyList<LegalDocument>>>("expiredLegalBases")
            .Description("The legal bases not in force on the day (default today).")
            .Argument<DateOnlyGraphType>("on")
            .Resolve(c =>
            {
                var on = c.OnOrToday();
                return c.Service<LegalBasesByVersionIdLoader>().Load(c.Source.Id).Then(ds => (IReadOnlyList<LegalDocument>)[.. ds.Where(d => !d.IsInForceOn(on))]);
            });
        Field<NonNullGraphType<ProcedureSyncGraphType>>("sync").Resolve(c => c.Source.Procedure);
        Field<NonNullGraphType<IntGraphType>>("revision")
            .Description("Optimistic concurrency revision of the procedure (all versions); send it back with changes.")
            .Resolve(c => c.Source.Procedure!.Revision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureGraphType>>>, IDataLoaderResult<IReadOnlyList<ProcedureVersion>>>("versions")
            .Description("All versions the viewer may see, oldest first (anonymous viewers: published ones).")
            .Resolve(c =>
            {
                var viewer = c.Viewer();
                return c.Service<ProcedureVersionsByProcedureIdLoader>().Load(c.Source.ProcedureId)
                    .Then(vs => (IReadOnlyList<ProcedureVersion>)[.. vs.Where(v => ProcedureVisibility.CanSee(viewer, v))]);
            });
        Field<ProcedureGraphType, IDataLoaderResult<ProcedureVersion?>>("version")
            .Description("One version by number; null when it does not exist or the viewer may not see it.")
            .Argument<NonNullGraphType<IntGraphType>>("number")
            .Resolve(c =>
            {
                var viewer = c.Viewer();
                var number = c.GetArgument<int>("number");
                return c.Service<ProcedureVersionsByProcedureIdLoader>().Load(c.Source.ProcedureId)
                    .Then(vs => vs.FirstOrDefault(v => v.Number == number && ProcedureVisibility.CanSee(viewer, v)));
            });
    }

    private static T[] Flags<T>(T value) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Where(f => Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(f))];
}

/// <summary>Published versions are public (the province's order); drafts and retired versions need a signed-in user.</summary>
public static class ProcedureVisibility
{
    public static bool CanSee(Infrastructure.Auth.Viewer viewer, ProcedureVersion version) =>
        viewer.IsAuthenticated || version.Status == ProcedureStatus.Published;
}
