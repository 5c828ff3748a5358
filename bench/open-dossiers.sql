-- Opens a seed-dossiers database for the scan benchmark (bench/alerts.mjs, BENCH_SCAN_DB): every finished dossier
-- becomes one in processing at its step 1 (a step every procedure has), with its appointment 2 to 31 calendar days
-- from now, so the scanner must evaluate 1,000,000 open dossiers while only about one in thirty is near its deadline.
--   sqlite3 /tmp/bench-1m.db < bench/open-dossiers.sql
UPDATE Dossiers SET
  Status = 'InProcess', NationalStatusCode = 4, StatusBeforePause = NULL, OpenPauseEffect = NULL,
  FinishedAt = NULL, Lateness = NULL, ReturnedAt = NULL, ReturnMethod = NULL, Violation = 'None', ClosingReason = NULL,
  RefusalReasons = NULL, Reappointments = 0,
  AppointmentAt = strftime('%Y-%m-%d 10:00:00', 'now', '+' || (2 + Id % 30) || ' days'),
  DueDate = date('now', '+' || (2 + Id % 30) || ' days'),
  LegalAppointmentAt = strftime('%Y-%m-%d 10:00:00', 'now', '+' || (2 + Id % 30) || ' days'),
  LegalDueDate = date('now', '+' || (2 + Id % 30) || ' days'),
  CurrentStep = 1, CurrentStepDueAt = strftime('%Y-%m-%d 10:00:00', 'now', '+' || (1 + Id % 30) || ' days'),
  Version = Version + 1
WHERE Status NOT IN ('Received', 'InProcess', 'SupplementRequested', 'Paused', 'AwaitingApproval', 'Approved');

-- The scanner's state as if every open dossier had been evaluated (its next threshold: one day before its step is due),
-- except one in 200, left for the first scan to catch up with. The benchmark then makes one in 2,000 due again between ticks.
DELETE FROM DeadlineWatches;
INSERT INTO DeadlineWatches (DossierId, NextCheckAt, DossierVersion)
SELECT Id, datetime(CurrentStepDueAt, '-1 day'), Version FROM Dossiers
WHERE Status IN ('Received', 'InProcess', 'SupplementRequested', 'Paused', 'AwaitingApproval', 'Approved') AND Id % 200 <> 0
  AND CurrentStepDueAt IS NOT NULL;
