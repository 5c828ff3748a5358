using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Satisfaction;

/// <summary>A token as shown to a person: the value, the link built from it and its expiry.</summary>
public sealed record RatingLink(string DossierCode, string Token, string Url, DateTime ExpiresAt);

/// <summary>Issues and re-derives rating tokens; only their hashes are stored (see <see cref="RatingToken"/>).</summary>
public sealed class RatingTokens(OneStopDb db, IOptions<SatisfactionOptions> options)
{
    private readonly SatisfactionOptions _o = options.Value;

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));

    public string Derive(string salt) =>
        Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_o.TokenKey), Encoding.UTF8.GetBytes(salt))[..18]);

    public string Url(string code, string token) => $"{_o.PublicBaseUrl.TrimEnd('/')}/{Uri.EscapeDataString(code)}?t={token}";

    /// <summary>Adds a token row to the context (saved with the caller's transaction) and returns the link.</summary>
    public RatingLink Issue(Dossier d, RatingTokenKind kind, DateTime now, DateTime expiresAt, string? officerId = null, string? officerName = null)
    {
        var salt = Base64Url(RandomNumberGenerator.GetBytes(16));
        var token = Derive(salt);
        db.RatingTokens.Add(new RatingToken
        {
            DossierId = d.Id,
            Kind = kind,
            Hash = Hash(token),
            Salt = salt,
            IssuedAt = now,
            ExpiresAt = expiresAt,
            OfficerId = officerId,
            OfficerName = officerName,
        });
        return new RatingLink(d.Code, token, Url(d.Code, token), expiresAt);
    }

    /// <summary>The result was returned: the receipt's link, valid <c>LinkValidDays</c>.</summary>
    public RatingLink IssueOnReturn(Dossier d, DateTime now) => Issue(d, RatingTokenKind.Link, now, now.AddDays(_o.LinkValidDays));

    /// <summary>The receipt link still usable for the dossier (printed again on the return receipt), or null.</summary>
    public async Task<RatingLink?> CurrentLinkAsync(long dossierId, string code, DateTime now, CancellationToken ct)
    {
        var row = await UsableLinks(db, dossierId, now).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var token = Derive(row.Salt);
        return new RatingLink(code, token, Url(code, token), row.ExpiresAt);
    }

    /// <summary>The dossier's receipt-link tokens still unused and unexpired, newest first.</summary>
    public static IQueryable<RatingToken> UsableLinks(OneStopDb db, long dossierId, DateTime now) =>
        db.RatingTokens.AsNoTracking().Where(t => t.DossierId == dossierId && t.Kind == RatingTokenKind.Link && t.UsedAt == null && t.ExpiresAt > now)
            .OrderByDescending(t => t.Id);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// Attempts per token hash in a sliding window (single instance, in memory): a leaked or guessed token cannot be
/// hammered, and nobody can flood ratings through one link.
/// </summary>
public sealed class RatingAttemptLimiter(TimeProvider clock, IOptions<SatisfactionOptions> options)
{
    private readonly ConcurrentDictionary<string, Queue<DateTime>> _attempts = new();

    public bool TryEnter(string hash)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var window = TimeSpan.FromMinutes(options.Value.AttemptWindowMinutes);
        var queue = _attempts.GetOrAdd(hash, _ => new Queue<DateTime>());
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() <= now - window) queue.Dequeue();
            if (queue.Count >= options.Value.MaxAttemptsPerToken) return false;
            queue.Enqueue(now);
            return true;
        }
    }
}
