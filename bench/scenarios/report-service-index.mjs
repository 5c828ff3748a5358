// Decision 766 service index for the whole province over a reporting year (issue 7): `serviceIndex`.
//
//   BENCH_DB=/tmp/bench-1m.db BENCH_ONLY=report npm run bench
import { reportScenario } from '../report-scenario.mjs';

export default reportScenario({
  name: 'report serviceIndex province year',
  field: 'serviceIndex',
  query: `query IndexBench($input: ServiceIndexInput!) {
    serviceIndex(input: $input) {
      asAt unitName points maxPoints maxPointsWithData
      groups { code points indicators { code numerator denominator points noDataReason } }
    }
  }`,
  check: (r) => {
    const timeliness = r?.groups.find((g) => g.code === 'TDGQ')?.indicators[0];
    if (!timeliness?.denominator) throw new Error('report serviceIndex: no dossiers in the period; seed them first');
  },
});
