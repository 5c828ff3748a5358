using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;
using OneStop.Api.Features.Staffing.Import;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Staffing;

/// <summary>
/// Staffing changes, for admins and a unit's organisation officer (its Leader, within the unit's subtree).
/// Objects outside the viewer's scope are reported as not found.
/// </summary>
public static class StaffingMutations
{
    public static void AddStaffingMutations(this Mutation mutation)
    {
        mutation.Field<NonNullGraphType<OfficePayloadGraphType>, OfficePayload>("createOffice")
            .Description("Creates an office inside a unit.")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<CreateOfficeInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateOfficeInput>("input");
                var (db, service) = (c.Service<OneStopDb>(), c.Service<StaffingService>());
                var (unit, error) = await service.EditableUnitAsync(c.Viewer(), input.UnitCode, c.CancellationToken);
                if (unit is null) return new OfficePayload(null, [error!]);
                if (Office.Validate(input.Code, input.Name, input.HeadcountQuota, input.InternalUnits ?? 0, input.EstablishedOn, null) is { } invalid)
                    return new OfficePayload(null, [invalid]);
                var code = input.Code.Trim();
                if (await db.Offices.AnyAsync(o => o.Code == code, c.CancellationToken))
                    return new OfficePayload(null, [new ValidationError("code", $"Mã {code} đã tồn tại.", $"Code {code} already exists.")]);
                var office = new Office
                {
                    Code = code,
                    Name = input.Name.Trim(),
                    Kind = input.Kind,
                    UnitId = unit.Id,
                    HeadcountQuota = input.HeadcountQuota,
                    ProvinceClass = input.ProvinceClass,
                    InternalUnits = input.InternalUnits ?? 0,
                    EstablishedOn = input.EstablishedOn,
                    SearchText = VietnameseText.Fold($"{code} {input.Name}"),
                };
                db.Offices.Add(office);
                await db.SaveChangesAsync(c.CancellationToken);
                return new OfficePayload(office, []);
            });

        mutation.Field<NonNullGraphType<OfficePayloadGraphType>, OfficePayload>("updateOffice")
            .Description("Changes an office's name, quota, province class, internal units or dates.")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<UpdateOfficeInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateOfficeInput>("input");
                var office = await c.Service<StaffingService>().EditableOfficeAsync(c.Viewer(), input.Code, c.CancellationToken);
                if (office is null) return new OfficePayload(null, [new NotFoundError("phòng " + input.Code)]);
                if (office.Update(input.Name, input.HeadcountQuota, input.ProvinceClass, input.InternalUnits ?? office.InternalUnits,
                    input.EstablishedOn, input.DissolvedOn, input.ExpectedVersion) is { } error) return new OfficePayload(null, [error]);
                var conflict = await SaveAsync(c, db => db.Offices.Where(o => o.Id == office.Id).Select(o => o.Version));
                return conflict is null ? new OfficePayload(office, []) : new OfficePayload(null, [conflict]);
            });

        mutation.Field<NonNullGraphType<PersonPayloadGraphType>, PersonPayload>("createPerson")
            .Description("Adds a person to a unit's staffing register.")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<CreatePersonInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreatePersonInput>("input");
                var service = c.Service<StaffingService>();
                var (unit, error) = await service.EditableUnitAsync(c.Viewer(), input.UnitCode, c.CancellationToken);
                if (unit is null) return new PersonPayload(null, [error!]);
                var (person, invalid) = await service.CreatePersonAsync(unit, input.PersonKey, input.FullName, input.DateOfBirth, input.SeniorityStart, c.CancellationToken);
                if (person is null) return new PersonPayload(null, [invalid!]);
                await c.Service<OneStopDb>().SaveChangesAsync(c.CancellationToken);
                return new PersonPayload(person, []);
            });

        mutation.Field<NonNullGraphType<PersonPayloadGraphType>, PersonPayload>("updatePerson")
            .Description("Corrects a person's name, date of birth or seniority start.")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<UpdatePersonInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdatePersonInput>("input");
                var service = c.Service<StaffingService>();
                var person = GlobalId.TryDecode(input.Id, nameof(Person), out var id) && id <= int.MaxValue
                    ? await service.EditablePersonAsync(c.Viewer(), (int)id, c.CancellationToken) : null;
                if (person is null) return new PersonPayload(null, [new NotFoundError("cán bộ")]);
                if (person.Update(input.FullName, input.DateOfBirth, input.SeniorityStart, input.ExpectedVersion, service.Today) is { } error)
                    return new PersonPayload(null, [error]);
                var conflict = await SaveAsync(c, db => db.People.Where(p => p.Id == person.Id).Select(p => p.Version));
                return conflict is null ? new PersonPayload(person, []) : new PersonPayload(null, [conflict]);
            });

        mutation.Field<NonNullGraphType<AssignmentPayloadGraphType>, AssignmentPayload>("assignPerson")
            .Description("Records that a person holds a post in an office from a date (one head post at a time; civil servants within the quota).")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<AssignPersonInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AssignPersonInput>("input");
                var service = c.Service<StaffingService>();
                var person = GlobalId.TryDecode(input.PersonId, nameof(Person), out var id) && id <= int.MaxValue
                    ? await service.EditablePersonAsync(c.Viewer(), (int)id, c.CancellationToken) : null;
                if (person is null) return new AssignmentPayload(null, [new NotFoundError("cán bộ")]);
                var office = await service.EditableOfficeAsync(c.Viewer(), input.OfficeCode, c.CancellationToken);
                if (office is null) return new AssignmentPayload(null, [new NotFoundError("phòng " + input.OfficeCode)]);
                var (assignment, error) = await service.AssignAsync(person, office, input.Position, input.PostType, input.From, input.To, c.CancellationToken);
                if (assignment is null) return new AssignmentPayload(null, [error!]);
                await c.Service<OneStopDb>().SaveChangesAsync(c.CancellationToken);
                return new AssignmentPayload(assignment, []);
            });

        mutation.Field<NonNullGraphType<AssignmentPayloadGraphType>, AssignmentPayload>("endAssignment")
            .Description("Ends a post on a date (inclusive).")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<EndAssignmentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<EndAssignmentInput>("input");
                var db = c.Service<OneStopDb>();
                var offices = StaffingScope.Offices(db, c.Viewer());
                var assignment = GlobalId.TryDecode(input.Id, nameof(Assignment), out var id)
                    ? await db.Assignments.SingleOrDefaultAsync(a => a.Id == id && offices.Any(o => o.Id == a.OfficeId), c.CancellationToken) : null;
                if (assignment is null) return new AssignmentPayload(null, [new NotFoundError("vị trí công tác")]);
                if (assignment.End(input.To, input.ExpectedVersion) is { } error) return new AssignmentPayload(null, [error]);
                var conflict = await SaveAsync(c, d => d.Assignments.Where(a => a.Id == assignment.Id).Select(a => a.Version));
                return conflict is null ? new AssignmentPayload(assignment, []) : new AssignmentPayload(null, [conflict]);
            });

        mutation.Field<NonNullGraphType<EmploymentPayloadGraphType>, EmploymentPayload>("recordEmployment")
            .Description("Records a new employment term (civil service, public employment or a contract); the previous term ends the day before.")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<RecordEmploymentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordEmploymentInput>("input");
                var service = c.Service<StaffingService>();
                var person = GlobalId.TryDecode(input.PersonId, nameof(Person), out var id) && id <= int.MaxValue
                    ? await service.EditablePersonAsync(c.Viewer(), (int)id, c.CancellationToken) : null;
                if (person is null) return new EmploymentPayload(null, [new NotFoundError("cán bộ")]);
                var (employment, error) = await service.RecordEmploymentAsync(person, input.Type, input.SupportJob, input.Start, input.End, c.CancellationToken);
                if (employment is null) return new EmploymentPayload(null, [error!]);
                var conflict = await SaveAsync(c, db => db.Employments.Where(e => e.PersonId == person.Id).Select(e => e.Version));
                return conflict is null ? new EmploymentPayload(employment, []) : new EmploymentPayload(null, [conflict]);
            });

        mutation.Field<NonNullGraphType<EmploymentPayloadGraphType>, EmploymentPayload>("updateEmployment")
            .Description("Extends or shortens a term (its end date) or corrects a support contract's job.")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<UpdateEmploymentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateEmploymentInput>("input");
                var db = c.Service<OneStopDb>();
                var people = StaffingScope.People(db, c.Viewer());
                var employment = GlobalId.TryDecode(input.Id, nameof(Employment), out var id)
                    ? await db.Employments.SingleOrDefaultAsync(e => e.Id == id && people.Any(p => p.Id == e.PersonId), c.CancellationToken) : null;
                if (employment is null) return new EmploymentPayload(null, [new NotFoundError("hợp đồng")]);
                if (input.End is { } end && await db.Employments.AnyAsync(e => e.PersonId == employment.PersonId && e.Start > employment.Start && e.Start <= end, c.CancellationToken))
                    return new EmploymentPayload(null, [new ValidationError("end", "Thời hạn không được chồng lên thời hạn sau.", "The term must not overlap the next one.")]);
                if (employment.Update(input.SupportJob, input.End, input.ExpectedVersion) is { } error) return new EmploymentPayload(null, [error]);
                var conflict = await SaveAsync(c, d => d.Employments.Where(e => e.Id == employment.Id).Select(e => e.Version));
                return conflict is null ? new EmploymentPayload(employment, []) : new EmploymentPayload(null, [conflict]);
            });

        mutation.AddStaffingImport();
        mutation.AddAccountLinkMutations();
    }

    /// <summary>Saves; a concurrent change since the read gives a typed conflict with the version now stored.</summary>
    private static async Task<DomainError?> SaveAsync(IResolveFieldContext c, Func<OneStopDb, IQueryable<int>> currentVersion)
    {
        var db = c.Service<OneStopDb>();
        try
        {
            await db.SaveChangesAsync(c.CancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ConcurrencyConflictError(await currentVersion(db).FirstOrDefaultAsync(c.CancellationToken));
        }
    }
}
