using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Staffing;

/// <summary>Who held which post in which office, from and to (inclusive): the history that <c>asOf</c> reads.</summary>
public sealed class Assignment
{
    public int Id { get; init; }
    public required int PersonId { get; init; }
    public required int OfficeId { get; init; }
    public required Position Position { get; init; }
    public required PostType PostType { get; init; }
    public required DateOnly From { get; init; }
    public DateOnly? To { get; set; }
    public int Version { get; set; } = 1;

    public bool ActiveOn(DateOnly date) => From <= date && (To is null || To >= date);

    public bool Overlaps(DateOnly from, DateOnly? to) => From <= (to ?? DateOnly.MaxValue) && (To ?? DateOnly.MaxValue) >= from;

    public static bool IsHeadPost(Position p) => p is Position.Head or Position.Director;

    public DomainError? End(DateOnly to, int expectedVersion)
    {
        if (expectedVersion != Version) return new ConcurrencyConflictError(Version);
        if (to < From) return new ValidationError("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The end date must not be before the start date.");
        To = to;
        Version++;
        return null;
    }
}
