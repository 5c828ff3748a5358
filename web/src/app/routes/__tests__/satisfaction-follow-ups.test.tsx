import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse, ws } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '@/gql';
import {
  FollowUpAcknowledgeDocument,
  FollowUpInbox_RowFragmentDoc,
  FollowUpInboxDocument,
  FollowUpResolveDocument,
  SatisfactionViewerDocument,
  type FollowUpInbox_RowFragment,
  type FollowUpResolveMutationVariables,
} from '@/gql/graphql';
import { graphqlWsUrl } from '@/lib/graphql-client';
import { admin } from '@/testing/fixtures';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

const followUp = (n: number, over: Partial<FollowUpInbox_RowFragment> = {}): FollowUpInbox_RowFragment => ({
  id: `FollowUp:${n}`,
  dossierCode: `000.00.21.H47-261120-000${n}`,
  status: 'OPEN',
  reason: `Lý do ${n}`,
  assigneeName: 'Trần Văn Lãnh',
  openedAt: '2026-11-20T03:00:00Z',
  acknowledgeBy: '2026-11-24',
  resolveBy: '2026-12-11',
  acknowledgedAt: null,
  resolvedAt: null,
  outcome: null,
  upheld: null,
  overdue: false,
  version: 1,
  ...over,
});

// graphql-ws over the mocked socket: ack the connection, then push one follow-up when the inbox subscribes.
const socket = ws.link(graphqlWsUrl());

function inboxWorld() {
  const rows = [followUp(1), followUp(2, { status: 'RESOLVED', outcome: 'Đã giải thích quy định.', overdue: true, acknowledgedAt: '2026-11-21T03:00:00Z' })];
  const resolved: FollowUpResolveMutationVariables[] = [];
  let subscribedTo: unknown = null;
  server.use(
    graphql.query(SatisfactionViewerDocument, () => HttpResponse.json({ data: { me: { id: admin.id, roles: ['LEADER'] } } })),
    graphql.query(FollowUpInboxDocument, () =>
      HttpResponse.json({
        data: {
          me: { id: admin.id, roles: ['LEADER'], unit: { id: 'Unit:21', code: '000.00.21.H47' } },
          followUps: rows.map((r) => makeFragmentData(r, FollowUpInbox_RowFragmentDoc)),
        },
      }),
    ),
    graphql.mutation(FollowUpAcknowledgeDocument, ({ variables }) => {
      const i = rows.findIndex((r) => r.id === variables.input.id);
      const row = rows[i];
      if (row) rows[i] = { ...row, status: 'ACKNOWLEDGED', acknowledgedAt: '2026-11-26T03:00:00Z', version: 2 };
      return HttpResponse.json({ data: { acknowledgeFollowUp: { followUp: { id: String(variables.input.id), status: 'ACKNOWLEDGED' as const, version: 2 }, errors: [] } } });
    }),
    graphql.mutation(FollowUpResolveDocument, ({ variables }) => {
      resolved.push(variables);
      return HttpResponse.json({
        data: { resolveFollowUp: { followUp: null, errors: [{ __typename: 'ConcurrencyConflictError' as const, code: 'CONCURRENCY_CONFLICT', message: 'Xung đột' }] } },
      });
    }),
    socket.addEventListener('connection', ({ client }) => {
      client.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as { type: string; id?: string; payload?: { query?: string; variables?: unknown } };
        if (message.type === 'connection_init') client.send(JSON.stringify({ type: 'connection_ack' }));
        // Only the inbox's subscription gets a follow-up (the shell's alert bell subscribes on the same socket).
        if (message.type === 'subscribe' && message.payload?.query?.includes('followUpOpened')) {
          subscribedTo = message.payload?.variables;
          const fresh = followUp(3, { reason: 'Chờ lâu tại quầy' });
          client.send(JSON.stringify({ id: message.id, type: 'next', payload: { data: { followUpOpened: fresh } } }));
        }
      });
    }),
  );
  return { resolved, subscribed: () => subscribedTo };
}

describe('follow-up inbox', () => {
  it('lists deadlines and state and shows new follow-ups live from the subscription', async () => {
    const world = inboxWorld();
    renderApp('/satisfaction/follow-ups');
    expect(await screen.findByRole('heading', { name: 'Phản ánh từ đánh giá không hài lòng' })).toBeTruthy();
    const first = await screen.findByTestId('follow-up-000.00.21.H47-261120-0001');
    expect(within(first).getByText('24/11/2026')).toBeTruthy();
    expect(within(first).getByText('11/12/2026')).toBeTruthy();
    expect(within(first).getByText('Mới')).toBeTruthy();
    const done = screen.getByTestId('follow-up-000.00.21.H47-261120-0002');
    expect(within(done).getByText('Quá hạn')).toBeTruthy();
    expect(within(done).getByText('Đã giải thích quy định.')).toBeTruthy();
    expect(within(done).queryByRole('button')).toBeNull();

    // Pushed by the subscription for the leader's unit, without a reload.
    const live = await screen.findByTestId('follow-up-000.00.21.H47-261120-0003');
    expect(within(live).getByText('Chờ lâu tại quầy')).toBeTruthy();
    expect(world.subscribed()).toEqual({ unitCode: '000.00.21.H47' });
  });

  it('acknowledges, then resolves with an outcome and shows a conflict clearly', async () => {
    const { resolved } = inboxWorld();
    const { user } = renderApp('/satisfaction/follow-ups');
    const first = await screen.findByTestId('follow-up-000.00.21.H47-261120-0001');
    await user.click(within(first).getByRole('button', { name: 'Tiếp nhận 000.00.21.H47-261120-0001' }));
    await waitFor(() => expect(within(screen.getByTestId('follow-up-000.00.21.H47-261120-0001')).getByText('Đã tiếp nhận')).toBeTruthy());

    await user.click(within(screen.getByTestId('follow-up-000.00.21.H47-261120-0001')).getByRole('button', { name: 'Ghi kết quả 000.00.21.H47-261120-0001' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Xác nhận$/ }));
    expect(await within(dialog).findByText('Phải ghi kết quả xử lý')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Kết quả xử lý (công dân xem được)'), { target: { value: 'Đã xin lỗi công dân.' } });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Phản ánh đúng' }));
    await user.click(within(dialog).getByRole('button', { name: /Xác nhận$/ }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Phản ánh vừa được người khác cập nhật');
    expect(resolved[0]).toEqual({ input: { id: 'FollowUp:1', expectedVersion: 2, outcome: 'Đã xin lỗi công dân.', upheld: true } });
  }, 90_000);

  it('inspectors read the inbox without the leader actions', async () => {
    server.use(
      graphql.query(SatisfactionViewerDocument, () => HttpResponse.json({ data: { me: { id: admin.id, roles: ['INSPECTOR'] } } })),
      graphql.query(FollowUpInboxDocument, () =>
        HttpResponse.json({ data: { me: { id: admin.id, roles: ['INSPECTOR'], unit: null }, followUps: [makeFragmentData(followUp(1), FollowUpInbox_RowFragmentDoc)] } }),
      ),
    );
    renderApp('/satisfaction/follow-ups');
    const row = await screen.findByTestId('follow-up-000.00.21.H47-261120-0001');
    expect(within(row).queryByRole('button')).toBeNull();
  });
});
