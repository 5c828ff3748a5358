import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  SatisfactionDashboardDocument,
  SatisfactionDashboard_RowFragmentDoc,
  SatisfactionDashboard_ShareFragmentDoc,
  SatisfactionUnitsDocument,
  SatisfactionViewerDocument,
  type SatisfactionDashboardQuery,
  type SatisfactionDashboardQueryVariables,
} from '@/gql/graphql';
import { makeFragmentData } from '@/gql';
import { admin } from '@/testing/fixtures';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

type Report = NonNullable<SatisfactionDashboardQuery['satisfaction']>;

const share = (satisfied: number, answers: number, value: number | null, low: number | null = null, high: number | null = null) =>
  makeFragmentData({ satisfied, answers, value, low, high, meetsTarget: value == null ? null : value > 0.8 }, SatisfactionDashboard_ShareFragmentDoc);

const row = (unitCode: string | null, unitName: string | null, very: number, sat: number, not: number, value: number | null): Report['total'] =>
  makeFragmentData(
    {
  unitCode,
  unitName,
  ratings: very + sat + not,
  verySatisfied: very,
  satisfied: sat,
  notSatisfied: not,
  satisfiedShare: share(very + sat, very + sat + not, value, value == null ? null : value - 0.05, value == null ? null : Math.min(1, value + 0.04)),
  returned: very + sat + not + 10,
  late: 3,
  dislikedOrFollowedUp: not,
  tthcSatisfaction: value == null ? null : 0.81,
  followUps: not,
  followUpsOverdue: 1,
  followUpSatisfaction: not ? 0.75 : null,
    },
    SatisfactionDashboard_RowFragmentDoc,
  );

const criteria = (value: number) =>
  [4, 5, 6, 3, 4].flatMap((n, e) =>
    Array.from({ length: n }, (_, k) => ({ code: `${e + 1}.${k + 1}`, element: e + 1, text: `Tiêu chí ${e + 1}.${k + 1}`, share: share(8, 10, value, value - 0.2, value + 0.1) })),
  );

const report: Report = {
  from: '2026-01-01',
  to: '2026-11-26',
  target: 0.8,
  units: [row('000.00.21.H47', 'UBND thành phố Tam Kỳ', 50, 40, 10, 0.9), row('000.00.32.H47', 'UBND huyện Nam Trà My', 30, 30, 40, 0.6), row('000.00.40.H47', 'UBND huyện Tây Giang', 0, 0, 0, null)],
  total: row(null, null, 80, 70, 50, 0.75),
  sipas: [
    {
      id: 'SurveyCampaign:2',
      name: 'Khảo sát SIPAS quý 3/2026',
      periodFrom: '2026-07-01',
      periodTo: '2026-09-30',
      sampleSize: 250,
      invited: 300,
      responses: 240,
      responseRate: 0.8,
      overall: share(200, 240, 0.833, 0.78, 0.87),
      elements: [1, 2, 3, 4, 5].map((element) => ({ element, name: `Yếu tố số ${element}`, share: share(8, 10, 0.8 + element / 100, 0.7, 0.9) })),
      criteria: criteria(0.8),
      previous: {
        name: 'Khảo sát SIPAS quý 2/2026',
        overall: { value: 0.8 },
        elements: [1, 2, 3, 4, 5].map((element) => ({ element, share: { value: 0.8 } })),
        criteria: criteria(0.8).map((c) => ({ code: c.code, share: { value: 0.7 } })),
      },
    },
  ],
};

describe('satisfaction dashboard', () => {
  it('shows per-unit rating shares against the 80% line, the 766 indicators ("no data" where missing) and SIPAS with the previous period', async () => {
    const asked: SatisfactionDashboardQueryVariables[] = [];
    server.use(
      graphql.query(SatisfactionViewerDocument, () => HttpResponse.json({ data: { me: { id: admin.id, roles: ['INSPECTOR'] } } })),
      graphql.query(SatisfactionUnitsDocument, () =>
        HttpResponse.json({ data: { units: { nodes: [{ id: 'Unit:1', code: '000.00.21.H47', name: 'UBND thành phố Tam Kỳ' }] } } }),
      ),
      graphql.query(SatisfactionDashboardDocument, ({ variables }) => {
        asked.push(variables);
        return HttpResponse.json({ data: { satisfaction: report } });
      }),
    );
    renderApp('/satisfaction?from=2026-01-01&to=2026-11-26');
    expect(await screen.findByRole('heading', { name: 'Mức độ hài lòng' })).toBeTruthy();
    const chart = await screen.findByRole('img', { name: 'Tỷ lệ hài lòng theo đơn vị so với mục tiêu 80%' });
    expect(within(chart).getByText('Mục tiêu 80%')).toBeTruthy();
    expect(within(screen.getByTestId('bar-000.00.21.H47')).getByText('90%')).toBeTruthy();
    expect(within(screen.getByTestId('bar-000.00.40.H47')).getByText('Không có dữ liệu')).toBeTruthy();
    expect(within(screen.getByTestId('share-000.00.21.H47')).getByText('90%')).toBeTruthy();
    expect(within(screen.getByTestId('share-000.00.21.H47')).getByText('85% – 94%')).toBeTruthy();
    expect(within(screen.getByTestId('share-total')).getByText('75%')).toBeTruthy();
    expect(screen.getAllByText('5.4 Mức độ hài lòng trong giải quyết TTHC')).toHaveLength(1);
    expect(screen.getAllByText('81%').length).toBeGreaterThan(0);

    const campaign = screen.getByTestId('sipas-campaign');
    expect(within(campaign).getByText('Khảo sát SIPAS quý 3/2026 (01/07/2026 – 30/09/2026)')).toBeTruthy();
    expect(within(campaign).getByText('240 phiếu / 300 mời (tỷ lệ phản hồi 80%), cỡ mẫu 250')).toBeTruthy();
    expect(within(campaign).getByText('83,3%')).toBeTruthy();
    expect(within(campaign).getByText('+3,3 điểm %')).toBeTruthy();
    expect(within(campaign).getAllByText('+10 điểm %')).toHaveLength(22);
    expect(within(campaign).getByRole('img', { name: 'Khảo sát SIPAS quý 3/2026: Theo yếu tố' })).toBeTruthy();
    await waitFor(() => expect(asked[0]).toEqual({ input: { from: '2026-01-01', to: '2026-11-26', unitCode: null } }));
  }, 90_000);

  it('sends the unit picked in the address', async () => {
    const asked: SatisfactionDashboardQueryVariables[] = [];
    server.use(
      graphql.query(SatisfactionViewerDocument, () => HttpResponse.json({ data: { me: { id: admin.id, roles: ['LEADER'] } } })),
      graphql.query(SatisfactionUnitsDocument, () => HttpResponse.json({ data: { units: { nodes: [] } } })),
      graphql.query(SatisfactionDashboardDocument, ({ variables }) => {
        asked.push(variables);
        return HttpResponse.json({ data: { satisfaction: { ...report, units: [], sipas: [], total: row(null, null, 0, 0, 0, null) } } });
      }),
    );
    renderApp('/satisfaction?from=2026-07-01&to=2026-09-30&unit=000.00.21.H47');
    expect(await screen.findByText('Không có đợt khảo sát trong kỳ.')).toBeTruthy();
    expect(within(screen.getByTestId('share-total')).getByText('Không có dữ liệu')).toBeTruthy();
    expect(asked[0]).toEqual({ input: { from: '2026-07-01', to: '2026-09-30', unitCode: '000.00.21.H47' } });
    expect(screen.getByRole('tab', { name: 'Phản ánh' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Kiosk đánh giá' })).toBeNull();

    // A whole year in one pick.
    const year = new Date().getFullYear() - 1;
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Năm' }));
    fireEvent.click(await screen.findByTitle(String(year)));
    await waitFor(() => expect(asked.at(-1)).toEqual({ input: { from: `${year}-01-01`, to: `${year}-12-31`, unitCode: '000.00.21.H47' } }));
  });
});
