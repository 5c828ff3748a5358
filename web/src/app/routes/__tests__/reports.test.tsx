import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '@/gql';
import {
  AppShellDocument,
  ReportPeriodDocument,
  ReportsDashboardDocument,
  ReportsResultsDocument,
  ReportsViewerDocument,
  UserSummary_MeFragmentDoc,
  UnitPickerSearchDocument,
  type ReportsDashboardQueryVariables,
  type ReportsResultsQueryVariables,
  type Role,
} from '@/gql/graphql';
import { admin } from '@/testing/fixtures';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';
import { dashboard, resultsReport } from '@/testing/reports-fixtures';

function reportsWorld(roles: Role[], seen: { dashboard: ReportsDashboardQueryVariables[]; results: ReportsResultsQueryVariables[] }) {
  return [
    graphql.query(AppShellDocument, () =>
      HttpResponse.json({ data: { me: { id: admin.id, ...makeFragmentData({ ...admin, roles }, UserSummary_MeFragmentDoc) } } }),
    ),
    graphql.query(ReportsViewerDocument, () =>
      HttpResponse.json({ data: { me: { id: admin.id, roles, unit: { id: 'Unit:1', code: '000.00.00.H47', name: 'Tỉnh Quảng Nam' } } } }),
    ),
    graphql.query(ReportPeriodDocument, ({ variables }) =>
      HttpResponse.json({
        data: { reportPeriod: variables.kind === 'QUARTER' ? { from: '2026-06-15', to: '2026-09-14' } : { from: '2025-12-15', to: '2026-12-14' } },
      }),
    ),
    graphql.query(ReportsDashboardDocument, ({ variables }) => {
      seen.dashboard.push(variables);
      return HttpResponse.json({ data: dashboard(variables.unitCode ?? null) });
    }),
    graphql.query(ReportsResultsDocument, ({ variables }) => {
      seen.results.push(variables);
      return HttpResponse.json({ data: resultsReport('Huyện Nam Trà My', variables.unitCode ?? '000.00.00.H47') });
    }),
    graphql.query(UnitPickerSearchDocument, () => HttpResponse.json({ data: { units: { nodes: [] }, unit: null } })),
  ];
}

describe('reports routes', () => {
  it('shows the province overview with the ranking, charts and backlog, and drills down to a unit', async () => {
    const seen = { dashboard: [] as ReportsDashboardQueryVariables[], results: [] as ReportsResultsQueryVariables[] };
    server.use(...reportsWorld(['INSPECTOR'], seen));
    const { user, router } = renderApp('/reports');

    const ranking = await screen.findByTestId('unit-ranking');
    expect(seen.dashboard[0]).toMatchObject({ from: '2025-12-15', to: '2026-12-14', unitCode: null, health: true });
    expect(screen.getByTestId('report-period').textContent).toBe('Từ 15/12/2025 đến 14/12/2026');
    const [, first, second] = within(ranking).getAllByRole('row');
    if (!first || !second) throw new Error('two ranked units expected');
    expect(within(first).getByText('Thành phố Tam Kỳ')).toBeTruthy();
    expect(within(first).getByText('95%')).toBeTruthy();
    expect(within(second).getByText('30,5 / 60')).toBeTruthy();
    // Charts carry their numbers for screen readers.
    expect(screen.getByRole('table', { name: 'Tỷ lệ đúng hạn theo tháng' })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Tỷ lệ đúng hạn theo tháng' })).getByText('90%')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: /Hồ sơ đang giải quyết theo đơn vị/ })).getByText('5 / 7')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: /Chỉ số 766 theo nhóm/ })).getByText('Chưa có số liệu')).toBeTruthy();
    // Headline: (5 + 12) ÷ 20 resolved on time; catalogue health beside it.
    expect(screen.getByText('85%')).toBeTruthy();
    expect(screen.getByText('Tình trạng danh mục thủ tục')).toBeTruthy();
    const overdue = screen.getByTestId('long-overdue');
    expect(within(overdue).getByRole('link', { name: '000.00.32.H47-261015-0001' }).getAttribute('href')).toBe('/dossiers/000.00.32.H47-261015-0001/');

    await user.click(within(ranking).getByRole('link', { name: 'Huyện Nam Trà My' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/units/000.00.32.H47/'));
    await waitFor(() => expect(screen.getByTestId('dashboard-unit').textContent).toBe('Huyện Nam Trà My'));
    await waitFor(() => expect(seen.dashboard.at(-1)?.unitCode).toBe('000.00.32.H47'));
    expect(seen.dashboard.at(-1)).toMatchObject({ from: '2025-12-15', to: '2026-12-14' });
    // Two full dashboards with antd tables render slowly in jsdom on a busy machine.
  }, 90_000);

  it('shows form II.06a with its total row and download links for the chosen period and grouping', async () => {
    const seen = { dashboard: [] as ReportsDashboardQueryVariables[], results: [] as ReportsResultsQueryVariables[] };
    server.use(...reportsWorld(['LEADER'], seen));
    const { user } = renderApp('/reports/results?unit=000.00.32.H47&kind=QUARTER&year=2026&n=3');

    const total = await screen.findByTestId('results-total');
    expect(seen.results[0]).toMatchObject({ from: '2026-06-15', to: '2026-09-14', unitCode: '000.00.32.H47', groupBy: 'FIELD' });
    expect(total.querySelector('[data-column="receivedTotal"]')?.textContent).toBe('7');
    expect(screen.getByText('Biểu II.06a/VPCP/KSTT: Huyện Nam Trà My')).toBeTruthy();
    const excel = screen.getByRole('link', { name: /Tải Excel/ });
    expect(excel.getAttribute('href')).toBe('/reports/dossier-results.xlsx?from=2026-06-15&to=2026-09-14&groupBy=FIELD&unitCode=000.00.32.H47');
    expect(screen.getByRole('link', { name: /Tải CSV/ }).getAttribute('href')).toContain('/reports/dossier-results.csv?');

    await user.click(screen.getByRole('combobox', { name: 'Tổng hợp theo' }));
    await user.click(await screen.findByTitle('Cấp giải quyết'));
    await waitFor(() => expect(seen.results.at(-1)?.groupBy).toBe('LEVEL'));
  });

  it.each([
    [['DATA_ENTRY'] as Role[], false],
    [['ANALYST'] as Role[], true],
  ])('shows the menu entry to report roles only (%s)', async (roles, shown) => {
    const seen = { dashboard: [] as ReportsDashboardQueryVariables[], results: [] as ReportsResultsQueryVariables[] };
    server.use(...reportsWorld(roles, seen));
    renderApp('/');
    const menu = await screen.findByRole('menu', { name: 'Điều hướng chính' });
    expect(within(menu).queryByText('Báo cáo') !== null).toBe(shown);
  });
});
