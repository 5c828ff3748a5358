// II.06a for the whole province over a reporting year (issue 7): `dossierResultsReport`, rows by field.
//
//   dotnet run --project api -c Release -- seed-dossiers --count 1000000 --db /tmp/bench-1m.db
//   BENCH_DB=/tmp/bench-1m.db BENCH_ONLY=report npm run bench
import { reportScenario } from '../report-scenario.mjs';

export default reportScenario({
  name: 'report II.06a province year',
  field: 'dossierResultsReport',
  query: `query ResultsBench($input: DossierResultsReportInput!) {
    dossierResultsReport(input: $input) {
      asAt unitName
      rows { label code receivedTotal receivedOnline receivedDirectOrPostal carriedOver resolvedTotal resolvedEarly resolvedOnTime resolvedLate
        inProgressTotal inProgressWithinDeadline inProgressOverdue }
      total { receivedTotal resolvedTotal inProgressTotal inProgressOverdue }
    }
  }`,
  check: (r) => {
    if (!r || r.total.receivedTotal === 0) throw new Error('report II.06a: no dossiers in the period; seed them first');
  },
});
