import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  AcknowledgeAlertDocument,
  AlertBellSummaryDocument,
  AlertsListDocument,
  AlertsUnitsDocument,
  DossierQueueCountsDocument,
  DossierQueueListDocument,
  DossiersRouteDocument,
  type AlertBellSubscription,
  type AlertsListQueryVariables,
} from '@/gql/graphql';
import { liveSocket, server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

const CODE = '000.00.21.H47-261120-0007';

function overdueAlert(id: string): AlertBellSubscription {
  return {
    deadlineAlerts: {
      __typename: 'DeadlineAlert',
      id,
      kind: 'OVERDUE',
      dueAt: '2026-11-20T03:30:00Z',
      step: null,
      dossier: { __typename: 'Dossier', id: 'D1', code: CODE },
    },
  } as AlertBellSubscription;
}

function mockQueue(reads: { list: number; counts: number }) {
  server.use(
    graphql.query(DossiersRouteDocument, () => HttpResponse.json({ data: { me: { id: 'u-1', roles: ['SPECIALIST'] } } })),
    graphql.query(DossierQueueListDocument, () => {
      reads.list += 1;
      return HttpResponse.json({ data: { dossiers: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } } });
    }),
    graphql.query(DossierQueueCountsDocument, () => {
      reads.counts += 1;
      return HttpResponse.json({ data: { overdue: { totalCount: reads.counts }, dueSoon: { totalCount: 0 }, within: { totalCount: 0 } } });
    }),
  );
}

describe('live alerts', () => {
  it('toasts a pushed alert, raises the bell count and refetches the queue and its counts', async () => {
    let unread = 2;
    server.use(graphql.query(AlertBellSummaryDocument, () => HttpResponse.json({ data: { alertSummary: { open: unread, unacknowledged: unread } } })));
    const reads = { list: 0, counts: 0 };
    mockQueue(reads);
    const { user, router } = renderApp('/dossiers');
    expect(await screen.findByRole('button', { name: 'Cảnh báo chưa xem: 2' })).toBeTruthy();
    await waitFor(() => expect(liveSocket.subscribed('AlertBell')).toBe(true));
    await waitFor(() => expect(reads.counts).toBe(1));

    unread = 3;
    liveSocket.push('AlertBell', overdueAlert('A1'));
    const toast = await screen.findByTestId('alert-toast');
    expect(within(toast).getByText(`Hồ sơ ${CODE}`)).toBeTruthy();
    expect(within(toast).getByText('Hạn: 20/11/2026 10:30')).toBeTruthy();
    expect(screen.getByText('Hồ sơ quá hạn')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Cảnh báo chưa xem: 3' })).toBeTruthy();
    await waitFor(() => expect(reads.list).toBeGreaterThanOrEqual(2));
    await waitFor(() => expect(reads.counts).toBeGreaterThanOrEqual(2));

    await user.click(within(toast).getByRole('link', { name: 'Mở hồ sơ' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/dossiers/${encodeURIComponent(CODE)}/`));
  });

  it('shows "reconnecting" while the socket is down and rereads the count when it is back', async () => {
    let summaryReads = 0;
    server.use(
      graphql.query(AlertBellSummaryDocument, () => {
        summaryReads += 1;
        return HttpResponse.json({ data: { alertSummary: { open: summaryReads, unacknowledged: summaryReads } } });
      }),
    );
    renderApp('/');
    await screen.findByRole('button', { name: 'Cảnh báo chưa xem: 1' });
    await waitFor(() => expect(liveSocket.subscribed('AlertBell')).toBe(true));

    liveSocket.drop();
    expect(await screen.findByText('Đang kết nối lại…')).toBeTruthy();
    // graphql-ws retries after a back-off; on the new connection the bell reads the stored count again.
    await waitFor(() => expect(liveSocket.subscribed('AlertBell')).toBe(true), { timeout: 15_000 });
    expect(await screen.findByRole('button', { name: 'Cảnh báo chưa xem: 2' }, { timeout: 15_000 })).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Đang kết nối lại…')).toBeNull());
  });

  it('rereads the count and subscribes again when the server ends a stream that fell behind', async () => {
    let summaryReads = 0;
    server.use(
      graphql.query(AlertBellSummaryDocument, () => {
        summaryReads += 1;
        return HttpResponse.json({ data: { alertSummary: { open: summaryReads, unacknowledged: summaryReads } } });
      }),
    );
    renderApp('/');
    await screen.findByRole('button', { name: 'Cảnh báo chưa xem: 1' });
    await waitFor(() => expect(liveSocket.subscribed('AlertBell')).toBe(true));

    liveSocket.end('AlertBell', [{ message: 'The subscription fell 10000 events behind.', extensions: { code: 'SUBSCRIPTION_OVERFLOW' } }]);
    expect(await screen.findByRole('button', { name: 'Cảnh báo chưa xem: 2' })).toBeTruthy();
    await waitFor(() => expect(liveSocket.subscribed('AlertBell')).toBe(true));

    // The new stream delivers again.
    liveSocket.push('AlertBell', overdueAlert('A2'));
    expect(await screen.findByTestId('alert-toast')).toBeTruthy();
  });
});

describe('alerts page', () => {
  it('filters by kind, seen and mine, and acknowledges one alert and then a selection', async () => {
    const seen: AlertsListQueryVariables[] = [];
    const acknowledged: string[] = [];
    const node = (id: string, code: string) => ({
      __typename: 'DeadlineAlert' as const,
      id,
      kind: 'OVERDUE' as const,
      raisedAt: '2026-11-21T01:00:00Z',
      dueAt: '2026-11-20T03:30:00Z',
      closedAt: null,
      acknowledgedAt: acknowledged.includes(id) ? '2026-11-21T02:00:00Z' : null,
      acknowledgedBy: acknowledged.includes(id) ? 'Trần Thị Bình' : null,
      step: null,
      dossier: { __typename: 'Dossier' as const, id: `D-${id}`, code },
    });
    server.use(
      graphql.query(AlertsUnitsDocument, () => HttpResponse.json({ data: { units: { nodes: [{ id: 'U1', code: 'TK', name: 'UBND thành phố Tam Kỳ' }] } } })),
      graphql.query(AlertsListDocument, ({ variables }) => {
        seen.push(variables);
        const nodes = [node('A1', 'TK-1'), node('A2', 'TK-2'), node('A3', 'TK-3')];
        return HttpResponse.json({
          data: {
            alertSummary: { open: 3, unacknowledged: 3 - acknowledged.length },
            deadlineAlerts: { totalCount: 3, pageInfo: { hasNextPage: false, endCursor: null }, nodes },
          },
        });
      }),
      graphql.mutation(AcknowledgeAlertDocument, ({ variables }) => {
        acknowledged.push(String(variables.input.id));
        return HttpResponse.json({
          data: { acknowledgeDeadlineAlert: { alert: { id: String(variables.input.id), acknowledgedAt: '2026-11-21T02:00:00Z', acknowledgedBy: 'Trần Thị Bình' }, errors: [] } },
        });
      }),
    );
    const { user } = renderApp('/alerts');
    expect(await screen.findByRole('heading', { name: 'Cảnh báo hạn xử lý' })).toBeTruthy();
    await screen.findByRole('link', { name: 'TK-1' });
    expect(seen[0]?.where).toEqual({ acknowledged: false, open: true });

    await user.click(screen.getByRole('switch', { name: 'Chỉ hồ sơ của tôi' }));
    await waitFor(() => expect(seen.at(-1)?.where).toMatchObject({ mine: true, acknowledged: false }));
    await user.click(within(screen.getByRole('radiogroup', { name: 'Đã xem' })).getByText('Tất cả'));
    await waitFor(() => expect(seen.at(-1)?.where?.acknowledged).toBeUndefined());

    await user.click(screen.getByRole('button', { name: 'Đánh dấu đã xem TK-1' }));
    await waitFor(() => expect(acknowledged).toEqual(['A1']));
    expect(await screen.findByText('Trần Thị Bình, 21/11/2026 09:00')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'TK-2' }));
    await user.click(screen.getByRole('checkbox', { name: 'TK-3' }));
    await user.click(screen.getByRole('button', { name: /Đánh dấu đã xem \(2\)/ }));
    await waitFor(() => expect([...acknowledged].sort()).toEqual(['A1', 'A2', 'A3']));
  });
});
