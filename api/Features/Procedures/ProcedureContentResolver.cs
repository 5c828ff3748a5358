using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Procedures;

/// <summary>Turns codes in an input (field, legal documents, units) into tracked entities, or NotFound errors.</summary>
public static class ProcedureContentResolver
{
    public static async Task<(ProcedureContent? Content, IReadOnlyList<DomainError> Errors)> ResolveAsync(OneStopDb db, ProcedureContentInput input, CancellationToken ct)
    {
        var errors = new List<DomainError>();
        var field = await db.ProcedureFields.SingleOrDefaultAsync(f => f.Code == input.FieldCode, ct);
        if (field is null) errors.Add(new NotFoundError("lĩnh vực " + input.FieldCode));

        var numbers = (input.LegalBasisNumbers ?? []).Select(n => n.Trim()).ToList();
        var docs = numbers.Count == 0 ? [] : await db.LegalDocuments.Where(d => numbers.Contains(d.Number)).ToListAsync(ct);
        errors.AddRange(numbers.Where(n => docs.All(d => d.Number != n)).Distinct().Select(n => new NotFoundError("văn bản " + n)));

        var implementing = input.ImplementingUnitCodes ?? [];
        var receiving = input.ReceivingUnitCodes ?? [];
        var codes = implementing.Concat(receiving).Distinct().ToList();
        var units = codes.Count == 0 ? [] : await db.Units.Where(u => codes.Contains(u.Code)).ToListAsync(ct);
        errors.AddRange(codes.Where(c => units.All(u => u.Code != c)).Select(c => new NotFoundError("đơn vị " + c)));
        if (errors.Count > 0) return (null, errors);

        var links = units.OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => new ProcedureUnitLink(u,
            (implementing.Contains(u.Code) ? ProcedureUnitRoles.Implementing : ProcedureUnitRoles.None)
            | (receiving.Contains(u.Code) ? ProcedureUnitRoles.Receiving : ProcedureUnitRoles.None))).ToList();
        var content = new ProcedureContent(
            input.Name, field!,
            input.Levels.Aggregate(ImplementingLevels.None, (a, l) => a | l),
            input.ApplicantTypes.Aggregate(ApplicantTypes.None, (a, t) => a | t),
            input.ProcessingTime, input.CutOffHour, input.OnlineService, input.LegacyOnlineLevel,
            input.Fees ?? [], input.RequiredDocuments ?? [], input.ResultDocuments ?? [],
            [.. numbers.Select(n => docs.Single(d => d.Number == n))],
            input.Steps ?? [], links);
        return (content, []);
    }
}
