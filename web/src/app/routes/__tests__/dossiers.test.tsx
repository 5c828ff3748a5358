import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DossierQueueCountsDocument, DossierQueueListDocument, DossiersRouteDocument, type DossierQueueListQueryVariables } from '@/gql/graphql';
import { queueRow } from '@/testing/dossier-fixtures';
import { server } from '@/testing/mock-server';
import { scannedReceiptCode } from '@/features/dossiers/lib/scanned-code';
import { renderApp } from '@/testing/render-app';

function mockQueue(roles: ('SPECIALIST' | 'LEADER')[], seen: DossierQueueListQueryVariables[] = []) {
  server.use(
    graphql.query(DossiersRouteDocument, () => HttpResponse.json({ data: { me: { id: 'u-1', roles } } })),
    graphql.query(DossierQueueListDocument, ({ variables }) => {
      seen.push(variables);
      const rows = [queueRow('TK-1', 'OVERDUE'), queueRow('TK-2', 'DUE_SOON'), queueRow('TK-3', 'WITHIN_DEADLINE')];
      return HttpResponse.json({
        data: { dossiers: { totalCount: rows.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes: rows.map((r, i) => ({ id: `D${i}`, ...r })) } },
      });
    }),
    graphql.query(DossierQueueCountsDocument, () =>
      HttpResponse.json({ data: { overdue: { totalCount: 4 }, dueSoon: { totalCount: 2 }, within: { totalCount: 11 } } }),
    ),
  );
}

describe('"My work" queue', () => {
  it('shows counts by deadline state and a colour badge per dossier, for the signed-in officer', async () => {
    const seen: DossierQueueListQueryVariables[] = [];
    mockQueue(['SPECIALIST'], seen);
    renderApp('/dossiers');
    expect(await screen.findByRole('heading', { name: 'Hồ sơ của tôi' })).toBeTruthy();
    await waitFor(() => expect(within(screen.getByTestId('count-OVERDUE')).getByText('4')).toBeTruthy());
    expect(within(screen.getByTestId('count-DUE_SOON')).getByText('2')).toBeTruthy();
    expect(within(screen.getByTestId('count-WITHIN_DEADLINE')).getByText('11')).toBeTruthy();

    const table = await screen.findByRole('table');
    await within(table).findByText('TK-1');
    const overdue = within(table).getByText('Quá hạn');
    expect(overdue.getAttribute('data-deadline')).toBe('OVERDUE');
    expect(overdue.className).toContain('red');
    expect(within(table).getByText('Sắp đến hạn').className).toContain('gold');
    expect(within(table).getByText('Trong hạn').className).toContain('green');
    expect(seen[0]?.where).toMatchObject({ mine: true });
    expect(seen[0]?.order).toBe('APPOINTMENT_SOONEST');
    // Specialists have no unit view.
    expect(screen.queryByRole('radiogroup', { name: 'Phạm vi' })).toBeNull();
  });

  it('filters by deadline state from a count card and sorts on request', async () => {
    const seen: DossierQueueListQueryVariables[] = [];
    mockQueue(['SPECIALIST'], seen);
    const { user } = renderApp('/dossiers');
    await user.click(await screen.findByTestId('count-OVERDUE'));
    await waitFor(() => expect(seen.at(-1)?.where).toMatchObject({ mine: true, deadlineState: 'OVERDUE' }));
    await user.click(screen.getByRole('combobox', { name: 'Sắp xếp' }));
    await user.click(await screen.findByTitle('Mới nhận nhất'));
    await waitFor(() => expect(seen.at(-1)?.order).toBe('RECEIVED_NEWEST'));
  });

  it('lets a leader switch to the unit and groups it by officer and deadline state', async () => {
    const seen: DossierQueueListQueryVariables[] = [];
    mockQueue(['LEADER'], seen);
    const { user } = renderApp('/dossiers');
    const scope = await screen.findByRole('radiogroup', { name: 'Phạm vi' });
    await user.click(within(scope).getByText('Cả đơn vị'));
    await waitFor(() => expect(seen.at(-1)?.where?.mine).toBeUndefined());
    expect(await screen.findByText('Theo cán bộ và tình trạng hạn')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Chờ phê duyệt' })).toBeTruthy();
  });
});

describe('return desk finder', () => {
  it('opens the dossier from a typed code or from the scanned QR address of form 01', async () => {
    mockQueue(['SPECIALIST']);
    server.use(graphql.query(DossiersRouteDocument, () => HttpResponse.json({ data: { me: { id: 'u-2', roles: ['RECEPTIONIST'] } } })));
    const { user, router } = renderApp('/dossiers');
    const finder = await screen.findByRole('searchbox', { name: 'Mở hồ sơ theo mã hoặc mã QR' });
    await user.type(finder, 'http://localhost:5173/lookup?code=000.00.21.h47-261126-0007{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dossiers/000.00.21.H47-261126-0007/'));
  });

  it('takes only the code from a scanned address and is not offered to specialists', async () => {
    mockQueue(['SPECIALIST']);
    renderApp('/dossiers');
    await screen.findByRole('heading', { name: 'Hồ sơ của tôi' });
    expect(screen.queryByRole('searchbox', { name: 'Mở hồ sơ theo mã hoặc mã QR' })).toBeNull();
    expect(scannedReceiptCode('https://onestop.example/lookup')).toBeNull();
    expect(scannedReceiptCode('  000.00.21.H47-261126-0001 ')).toBe('000.00.21.H47-261126-0001');
  });
});
