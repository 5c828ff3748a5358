namespace OneStop.Api.Features.Reports;

/// <summary>How the II.06a rows are grouped.</summary>
public enum ReportGrouping
{
    Field,
    Unit,
    Procedure,
    Level,
}

/// <summary>
/// One row of form II.06a (DOMAIN.md §3.1, HIGH), columns 3–13 in the form's order. The totals are counted
/// independently of their parts, so <see cref="Violations"/> really checks the form's rules.
/// </summary>
public sealed record ResultsRow(
    string Label,
    string? Code,
    int ReceivedTotal,
    int ReceivedOnline,
    int ReceivedDirectOrPostal,
    int CarriedOver,
    int ResolvedTotal,
    int ResolvedEarly,
    int ResolvedOnTime,
    int ResolvedLate,
    int InProgressTotal,
    int InProgressWithinDeadline,
    int InProgressOverdue)
{
    public static ResultsRow Empty(string label, string? code) => new(label, code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public ResultsRow Plus(ResultsRow o) => this with
    {
        ReceivedTotal = ReceivedTotal + o.ReceivedTotal,
        ReceivedOnline = ReceivedOnline + o.ReceivedOnline,
        ReceivedDirectOrPostal = ReceivedDirectOrPostal + o.ReceivedDirectOrPostal,
        CarriedOver = CarriedOver + o.CarriedOver,
        ResolvedTotal = ResolvedTotal + o.ResolvedTotal,
        ResolvedEarly = ResolvedEarly + o.ResolvedEarly,
        ResolvedOnTime = ResolvedOnTime + o.ResolvedOnTime,
        ResolvedLate = ResolvedLate + o.ResolvedLate,
        InProgressTotal = InProgressTotal + o.InProgressTotal,
        InProgressWithinDeadline = InProgressWithinDeadline + o.InProgressWithinDeadline,
        InProgressOverdue = InProgressOverdue + o.InProgressOverdue,
    };

    /// <summary>The numbers in the form's column order (3–13).</summary>
    public IReadOnlyList<int> Cells =>
    [
        ReceivedTotal, ReceivedOnline, ReceivedDirectOrPostal, CarriedOver, ResolvedTotal, ResolvedEarly, ResolvedOnTime, ResolvedLate,
        InProgressTotal, InProgressWithinDeadline, InProgressOverdue,
    ];

    /// <summary>The form's checks: 3 = 4 + 5 + 6, 3 = 7 + 11, 7 = 8 + 9 + 10, 11 = 12 + 13. Empty when all hold.</summary>
    public IReadOnlyList<string> Violations()
    {
        var v = new List<string>();
        if (ReceivedTotal != ReceivedOnline + ReceivedDirectOrPostal + CarriedOver) v.Add("3 = 4 + 5 + 6");
        if (ReceivedTotal != ResolvedTotal + InProgressTotal) v.Add("3 = 7 + 11");
        if (ResolvedTotal != ResolvedEarly + ResolvedOnTime + ResolvedLate) v.Add("7 = 8 + 9 + 10");
        if (InProgressTotal != InProgressWithinDeadline + InProgressOverdue) v.Add("11 = 12 + 13");
        return v;
    }
}

/// <summary>The whole report: period, scope, rows and the total row.</summary>
public sealed record ResultsReport(DateOnly From, DateOnly To, DateTime AsAt, string UnitName, string? UnitCode, ReportGrouping GroupBy,
    IReadOnlyList<ResultsRow> Rows, ResultsRow Total);
