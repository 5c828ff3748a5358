namespace OneStop.Api.Features.Calendar;

// One lunar month as it starts on the civil calendar of UTC+7.
internal readonly record struct LunarMonth(DateOnly Start, int Length, int LunarYear, int Number, bool IsLeap);
