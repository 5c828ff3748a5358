using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Staffing;

public sealed record LinkPersonAccountInput(string PersonId, string Email, int ExpectedVersion);

public sealed record UnlinkPersonAccountInput(string PersonId, int ExpectedVersion);

public sealed class LinkPersonAccountInputGraphType : InputObjectGraphType<LinkPersonAccountInput>
{
    public LinkPersonAccountInputGraphType()
    {
        Name = "LinkPersonAccountInput";
        Field<NonNullGraphType<IdGraphType>>("personId");
        Field(i => i.Email).Description("The sign-in account (its e-mail) of the person.");
        Field(i => i.ExpectedVersion);
    }
}

public sealed class UnlinkPersonAccountInputGraphType : InputObjectGraphType<UnlinkPersonAccountInput>
{
    public UnlinkPersonAccountInputGraphType()
    {
        Name = "UnlinkPersonAccountInput";
        Field<NonNullGraphType<IdGraphType>>("personId");
        Field(i => i.ExpectedVersion);
    }
}

/// <summary>
/// Links staff records to sign-in accounts, so that dossier steps go only to officers holding a post in the handling
/// unit (admins, and a unit's organisation officer for people and accounts of their subtree).
/// </summary>
public static class AccountLinkMutations
{
    public static void AddAccountLinkMutations(this Mutation mutation)
    {
        mutation.Field<NonNullGraphType<PersonPayloadGraphType>, PersonPayload>("linkPersonAccount")
            .Description("Links a person to a sign-in account (one account per person, one person per account); replaces an earlier link of the person.")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<LinkPersonAccountInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<LinkPersonAccountInput>("input");
                var db = c.Service<OneStopDb>();
                var viewer = c.Viewer();
                var person = await EditablePersonAsync(c, input.PersonId);
                if (person is null) return new PersonPayload(null, [new NotFoundError("cán bộ")]);
                var units = UnitQueries.VisibleTo(db.Units, viewer);
                var email = input.Email.Trim();
                var account = await db.Users.AsNoTracking()
                    .Where(u => u.Email == email && (viewer.IsProvinceWide || units.Any(x => x.Id == u.UnitId)))
                    .Select(u => new { u.Id, u.Email }).SingleOrDefaultAsync(c.CancellationToken);
                if (account is null) return new PersonPayload(null, [new NotFoundError("tài khoản " + email)]);
                var holder = await db.People.AsNoTracking().Where(p => p.UserId == account.Id && p.Id != person.Id).Select(p => p.PersonKey)
                    .FirstOrDefaultAsync(c.CancellationToken);
                if (holder is not null) return new PersonPayload(null, [new AccountAlreadyLinkedError(email, holder)]);
                return await SaveLinkAsync(c, person, account.Id, input.ExpectedVersion, email);
            });

        mutation.Field<NonNullGraphType<PersonPayloadGraphType>, PersonPayload>("unlinkPersonAccount")
            .Description("Removes the link between a person and their sign-in account.")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<UnlinkPersonAccountInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UnlinkPersonAccountInput>("input");
                var person = await EditablePersonAsync(c, input.PersonId);
                if (person is null) return new PersonPayload(null, [new NotFoundError("cán bộ")]);
                return await SaveLinkAsync(c, person, null, input.ExpectedVersion, null);
            });
    }

    private static async Task<Person?> EditablePersonAsync(IResolveFieldContext c, string globalId) =>
        GlobalId.TryDecode(globalId, nameof(Person), out var id) && id <= int.MaxValue
            ? await c.Service<StaffingService>().EditablePersonAsync(c.Viewer(), (int)id, c.CancellationToken)
            : null;

    /// <summary>Saves the link; a concurrent edit gives a conflict, a concurrent link of the same account the typed error.</summary>
    private static async Task<PersonPayload> SaveLinkAsync(IResolveFieldContext c, Person person, string? userId, int expectedVersion, string? email)
    {
        if (person.LinkAccount(userId, expectedVersion) is { } error) return new PersonPayload(null, [error]);
        var db = c.Service<OneStopDb>();
        try
        {
            await db.SaveChangesAsync(c.CancellationToken);
            return new PersonPayload(person, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.People.Where(p => p.Id == person.Id).Select(p => p.Version).FirstOrDefaultAsync(c.CancellationToken);
            return new PersonPayload(null, [new ConcurrencyConflictError(current)]);
        }
        catch (DbUpdateException) when (userId is not null)
        {
            db.ChangeTracker.Clear();
            var holder = await db.People.Where(p => p.UserId == userId).Select(p => p.PersonKey).FirstOrDefaultAsync(c.CancellationToken);
            return new PersonPayload(null, [new AccountAlreadyLinkedError(email!, holder ?? "?")]);
        }
    }
}
