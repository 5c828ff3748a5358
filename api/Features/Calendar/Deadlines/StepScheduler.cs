namespace OneStop.Api.Features.Calendar;

public sealed record StepDue(int Index, ProcessingTime Budget, DateTimeOffset StartsAt, DateTimeOffset DueAt);

// Step due times by consecutive allocation of working time (DOMAIN §11.1: step budgets that add up to
// the legal total; lateness attributed to the holder of the file). Start from DeadlineResult.ClockStartsAt
// so that working-day budgets summing to the legal period end exactly at the dossier's appointment.
public sealed class StepScheduler(WorkingCalendar calendar)
{
    public IReadOnlyList<StepDue> Schedule(DateTimeOffset start, IReadOnlyList<ProcessingTime> budgets)
    {
        var steps = new List<StepDue>(budgets.Count);
        var cursor = calendar.NextWorkingInstant(start);
        for (var i = 0; i < budgets.Count; i++)
        {
            var budget = budgets[i];
            ArgumentOutOfRangeException.ThrowIfNegative(budget.Amount, nameof(budgets));
            var due = budget.Unit switch
            {
                // 1 working day = one office day of working time (8 h by default, DOMAIN §8.2).
                TimeUnit.WorkingDays => calendar.AddWorkingTime(cursor, calendar.Hours.WorkingDayLength * (double)budget.Amount),
                TimeUnit.WorkingHours => calendar.AddWorkingTime(cursor, TimeSpan.FromHours((double)budget.Amount)),
                // Calendar days are elapsed time; the next step resumes at the next working instant.
                _ => calendar.ToLocal(cursor).AddDays((double)budget.Amount),
            };
            steps.Add(new StepDue(i + 1, budget, cursor, due));
            cursor = calendar.NextWorkingInstant(due);
        }

        return steps;
    }
}
