import { makeFragmentData } from '@/gql';
import {
  BacklogPanel_BacklogFragmentDoc,
  CatalogueHealthSummary_FiguresFragmentDoc,
  ResultsTable_ReportFragmentDoc,
  ResultsTable_RowFragmentDoc,
  UnitRankingTable_RowFragmentDoc,
  type ReportsDashboardQuery,
  type ReportsResultsQuery,
} from '@/gql/graphql';

const namTraMy = { id: 'Unit:32', code: '000.00.32.H47', name: 'Huyện Nam Trà My' };
const tamKy = { id: 'Unit:21', code: '000.00.21.H47', name: 'Thành phố Tam Kỳ' };

const zeroRow = {
  receivedTotal: 0,
  receivedOnline: 0,
  receivedDirectOrPostal: 0,
  carriedOver: 0,
  resolvedTotal: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  inProgressTotal: 0,
  inProgressWithinDeadline: 0,
  inProgressOverdue: 0,
};

function ranking(unit: typeof namTraMy, rank: number, open: number, overdue: number, onTime: number, online: number, endToEnd: number | null) {
  const row = {
    rank,
    unit,
    onTimeRate: onTime,
    onlineShare: online,
    indexShare: 0.5,
    backlog: { open, overdue },
    index: { points: 30.5, maxPointsWithData: 60 },
    adoption: endToEnd === null ? null : { endToEndShare: endToEnd, backfilledShare: 1 - endToEnd },
  };
  return { unit, onlineShare: online, backlog: { open, overdue }, ...makeFragmentData(row, UnitRankingTable_RowFragmentDoc) };
}

/** The province (or one district when `unitCode` is given) as the dashboard query returns it. */
export function dashboard(unitCode: string | null): ReportsDashboardQuery {
  const unit = unitCode === namTraMy.code ? namTraMy : null;
  return {
    dossierResultsReport: {
      asAt: '2026-11-26T02:00:00Z',
      unitName: unit?.name ?? 'Ủy ban nhân dân tỉnh Quảng Nam',
      unitCode: unit?.code ?? '000.00.00.H47',
      total: { receivedOnline: 10, receivedDirectOrPostal: 30, resolvedTotal: 20, resolvedEarly: 5, resolvedOnTime: 12 },
    },
    serviceIndex: {
      points: 41.25,
      maxPointsWithData: 54,
      groups: [
        { code: 'TDGQ', name: 'Tiến độ giải quyết', points: 17, maxPointsWithData: 20 },
        { code: 'TTTT', name: 'Thanh toán trực tuyến', points: null, maxPointsWithData: 0 },
      ],
    },
    dossierResultsTrend: [
      { from: '2026-10-01', onTimeRate: 0.9 },
      { from: '2026-11-01', onTimeRate: null },
    ],
    unitRanking: unit ? [] : [ranking(tamKy, 1, 12, 1, 0.95, 0.4, 0.8), ranking(namTraMy, 2, 7, 5, 0.5, 0, 0.1)],
    backlog: {
      total: { open: unit ? 7 : 19, overdue: unit ? 5 : 6 },
      ...makeFragmentData(
        {
          total: { open: unit ? 7 : 19, withinDeadline: 10, dueSoon: 3, overdue: unit ? 5 : 6 },
          byAge: [
            { minDays: 0, maxDays: 5, count: 8 },
            { minDays: 31, maxDays: null, count: 2 },
          ],
          byOfficer: [{ officerName: null, unit: namTraMy, counts: { open: 4, overdue: 2 } }],
          longOverdue: [
            {
              overdueDays: 41,
              dossier: { id: 'Dossier:9', code: '000.00.32.H47-261015-0001', procedure: { id: 'P:1', name: 'Cấp giấy phép xây dựng' }, currentUnit: namTraMy },
            },
          ],
        },
        BacklogPanel_BacklogFragmentDoc,
      ),
    },
    catalogueHealth: {
      total: makeFragmentData(
        { published: 120, onlineServiceShare: 0.75, citingExpiredLaw: 2, missingRequiredFields: 1, drafts: 0 },
        CatalogueHealthSummary_FiguresFragmentDoc,
      ),
    },
  };
}

export function resultsReport(unitName: string, unitCode: string): ReportsResultsQuery {
  const row = (label: string, code: string, n: number) =>
    makeFragmentData(
      { ...zeroRow, label, code, receivedTotal: n, receivedDirectOrPostal: n, inProgressTotal: n, inProgressWithinDeadline: n },
      ResultsTable_RowFragmentDoc,
    );
  return {
    dossierResultsReport: {
      asAt: '2026-11-26T02:00:00Z',
      unitCode,
      ...makeFragmentData(
        {
          unitName,
          groupBy: 'FIELD',
          rows: [row('Xây dựng', 'G01', 3), row('Đất đai', 'G02', 4)],
          total: row('Tổng số', '', 7),
        },
        ResultsTable_ReportFragmentDoc,
      ),
    },
  };
}
