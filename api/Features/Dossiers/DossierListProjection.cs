using System.Collections.Frozen;
using System.Linq.Expressions;
using GraphQL;
using GraphQLParser.AST;

namespace OneStop.Api.Features.Dossiers;

/// <summary>
/// The narrow read of a page of dossiers. A dossier row has about 70 columns; a list shows a few. When every field the
/// request selects on the page's dossiers (through <c>nodes</c> or <c>edges { node }</c>, fragments included) is one of
/// <see cref="Fields"/>, the page query reads only <see cref="Columns"/> into a partial <see cref="Dossier"/>
/// (<see cref="Dossier.ListRow"/>); any other field makes it read whole rows as before.
/// </summary>
public static class DossierListProjection
{
    /// <summary>Dossier fields resolved from the list columns alone (navigations use their ids).</summary>
    public static readonly FrozenSet<string> Fields = FrozenSet.Create(StringComparer.Ordinal,
        "__typename", "id", "code", "status", "nationalStatusCode", "channel", "channelCode", "procedure", "field", "receivingUnit",
        "currentUnit", "applicant", "receivedAt", "appointmentAt", "dueDate", "deadlineState", "currentStep", "assignee", "version");

    /// <summary>Applicant fields in the list columns (the ID number, address and e-mail are not).</summary>
    public static readonly FrozenSet<string> ApplicantFields = FrozenSet.Create(StringComparer.Ordinal, "__typename", "kind", "fullName", "phone");

    public static readonly Expression<Func<Dossier, Dossier>> Columns = d => Dossier.ListRow(d.Id, d.Code, d.Status, d.NationalStatusCode, d.Channel,
        d.ProcedureVersionId, d.FieldId, d.ReceivingUnitId, d.CurrentUnitId, d.ApplicantKind, d.ApplicantName, d.ApplicantPhone,
        d.ReceivedAt, d.AppointmentAt, d.DueDate, d.Lateness, d.OpenPauseEffect, d.ProcessingUnit, d.CurrentStep, d.CurrentStepDueAt,
        d.AssigneeId, d.Version);

    /// <summary>The projection for this connection field, or null when a selected field needs whole rows.</summary>
    public static Expression<Func<Dossier, Dossier>>? For(IResolveFieldContext c)
    {
        var fragments = c.Document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
        var covered = true;
        Walk(c.FieldAst.SelectionSet, fragments, field => field switch
        {
            "nodes" => Nodes,
            "edges" => Edges,
            _ => null,
        }, ref covered);
        return covered ? Columns : null;

        SelectionCheck? Edges(string name) => name == "node" ? Nodes : null;

        SelectionCheck? Nodes(string name) => name switch
        {
            "applicant" => Applicant,
            _ when Fields.Contains(name) => null,
            _ => Uncovered,
        };

        SelectionCheck? Applicant(string name) => ApplicantFields.Contains(name) ? null : Uncovered;
    }

    /// <summary>What to check inside a selected field: a nested check, null for nothing, or <see cref="Uncovered"/>.</summary>
    private delegate SelectionCheck? SelectionCheck(string name);

    private static readonly SelectionCheck Uncovered = _ => null;

    private static void Walk(GraphQLSelectionSet? set, Dictionary<string, GraphQLFragmentDefinition> fragments, SelectionCheck check, ref bool covered)
    {
        if (set is null) return;
        foreach (var selection in set.Selections)
        {
            if (!covered) return;
            switch (selection)
            {
                case GraphQLField field:
                    var inner = check(field.Name.StringValue);
                    if (ReferenceEquals(inner, Uncovered)) covered = false;
                    else if (inner is not null) Walk(field.SelectionSet, fragments, inner, ref covered);
                    break;
                case GraphQLInlineFragment inline:
                    Walk(inline.SelectionSet, fragments, check, ref covered);
                    break;
                case GraphQLFragmentSpread spread:
                    if (fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)) Walk(fragment.SelectionSet, fragments, check, ref covered);
                    else covered = false;
                    break;
            }
        }
    }
}
