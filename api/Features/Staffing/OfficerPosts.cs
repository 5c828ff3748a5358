using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Staffing;

/// <summary>A sign-in account whose linked person holds a post (on a date) in an office of a handling unit.</summary>
public sealed record OfficerPost(string UserId, string FullName, string? Email, int PersonId, Assignment Post);

/// <summary>
/// Staffing feeds dossier handling: an officer may be given a dossier step only while their linked person holds a
/// post in the handling unit. A unit's posts are those in its offices (a sở's divisions, a district's offices and
/// one-stop desk) and, for a district office that is itself a unit row, in the office with the same agency code.
/// </summary>
public static class OfficerPosts
{
    /// <summary>Offices whose posts count as posts in the unit.</summary>
    public static IQueryable<Office> OfficesOf(OneStopDb db, int unitId, string unitCode) =>
        db.Offices.Where(o => o.UnitId == unitId || o.Code == unitCode);

    /// <summary>
    /// Posts held on <paramref name="day"/> in the unit by people linked to an account (optionally matching a folded
    /// search text and holding a role), in account name order; an officer with several posts has several rows.
    /// </summary>
    public static IQueryable<OfficerPost> InUnit(OneStopDb db, int unitId, string unitCode, DateOnly day, string? foldedSearch = null, string? role = null)
    {
        var offices = OfficesOf(db, unitId, unitCode);
        var people = db.People.Where(p => p.UserId != null);
        if (foldedSearch is not null) people = people.Where(p => p.SearchText.Contains(foldedSearch));
        var users = db.Users.AsQueryable();
        if (role is not null)
        {
            var roleIds = db.Roles.Where(r => r.Name == role).Select(r => r.Id);
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        }
        return from a in db.Assignments
               where a.From <= day && (a.To == null || a.To >= day) && offices.Any(o => o.Id == a.OfficeId)
               join p in people on a.PersonId equals p.Id
               join u in users on p.UserId equals u.Id
               orderby u.FullName, u.Id, a.Id
               select new OfficerPost(u.Id, u.FullName, u.Email, p.Id, a);
    }

    /// <summary>Whether the account's linked person holds a post in the unit on <paramref name="day"/>.</summary>
    public static IQueryable<Assignment> HeldBy(OneStopDb db, string userId, int unitId, string unitCode, DateOnly day)
    {
        var offices = OfficesOf(db, unitId, unitCode);
        var people = db.People.Where(p => p.UserId == userId);
        return db.Assignments.Where(a => a.From <= day && (a.To == null || a.To >= day)
            && people.Any(p => p.Id == a.PersonId) && offices.Any(o => o.Id == a.OfficeId));
    }
}
