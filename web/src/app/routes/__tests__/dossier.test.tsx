import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DossierActionsApproveDossierDocument, DossierRouteDocument, type Role } from '@/gql/graphql';
import { allowedActions } from '@/features/dossiers/lib/actions';
import { dossierWire } from '@/testing/dossier-fixtures';
import { liveSocket, server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

const CODE = '000.00.21.H47-261126-0001';

function mockDossier(roles: Role[], overrides: Parameters<typeof dossierWire>[0] = {}) {
  let calls = 0;
  server.use(
    graphql.query(DossierRouteDocument, () => {
      calls += 1;
      return HttpResponse.json({ data: { me: { id: 'u-1', roles }, dossier: dossierWire({ ...overrides, version: 3 + calls }) } });
    }),
  );
  return () => calls;
}

const actionsCard = () => screen.findByRole('region', { name: 'Thao tác' });

describe('dossier page', () => {
  it('shows the deadline with its badge and explanation, the applicant as the server masks it, steps and audit', async () => {
    mockDossier(['SPECIALIST']);
    renderApp(`/dossiers/${CODE}/`);
    expect(await screen.findByRole('heading', { name: new RegExp(CODE) })).toBeTruthy();
    expect(screen.getByTestId('appointment').textContent).toBe('17/12/2026 17:00');
    expect(screen.getByText('Hẹn trả kết quả lúc 17:00 ngày 17/12/2026.')).toBeTruthy();
    expect(screen.getByText('049*******56')).toBeTruthy();
    expect(screen.getByText('Phiên bản 2 (sửa đổi 5)')).toBeTruthy();
    expect(screen.getByText('Nhật ký')).toBeTruthy();
    expect(screen.getAllByText('Trong hạn').length).toBeGreaterThan(0);
  });

  it('offers a leader only approve, refuse and the leader actions on a dossier awaiting approval', async () => {
    mockDossier(['LEADER'], { status: 'AWAITING_APPROVAL', appraisedAt: '2026-11-27T02:00:00Z' });
    renderApp(`/dossiers/${CODE}/`);
    const card = await actionsCard();
    const names = within(card)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['Tạm dừng', 'Phê duyệt, ký', 'Từ chối', 'Xin lỗi, hẹn lại', 'Dừng xử lý']);
  });

  it('warns when a step is late, before the dossier is, and opens the apology form (form 04) from the banner', async () => {
    mockDossier(['LEADER'], {
      status: 'IN_PROCESS',
      currentStep: { ordinal: 1, state: 'OVERDUE' },
    });
    renderApp(`/dossiers/${CODE}/`);
    const card = await actionsCard();
    const banner = within(card).getByRole('alert');
    expect(banner.textContent).toContain('Một bước xử lý đã trễ hạn');
    within(banner).getByRole('button', { name: 'Lập thư xin lỗi (mẫu 04)' }).click();
    expect(await screen.findByRole('dialog', { name: 'Xin lỗi, hẹn lại' })).toBeTruthy();
  });

  it('tells that the apology is too late on an overdue dossier without one, and offers no apology form there', async () => {
    mockDossier(['LEADER'], { status: 'IN_PROCESS', deadlineState: 'OVERDUE' });
    renderApp(`/dossiers/${CODE}/`);
    const card = await actionsCard();
    const banner = within(card).getByRole('alert');
    expect(banner.textContent).toContain('Hồ sơ đã quá hạn giải quyết.');
    expect(banner.textContent).toContain('trả kết quả trễ sẽ bị ghi nhận vi phạm');
    expect(within(banner).queryByRole('button')).toBeNull();
  });

  it('shows the promised date and links the printed letter once an apology was sent', async () => {
    mockDossier(['SPECIALIST'], {
      status: 'IN_PROCESS',
      deadlineState: 'DUE_SOON',
      apologies: [{ issuedAt: '2026-11-20T02:00:00Z', issuedByName: 'Lãnh đạo', reason: 'Chờ ý kiến liên ngành', newAppointmentAt: '2026-12-21T10:00:00Z' }],
    });
    renderApp(`/dossiers/${CODE}/`);
    const card = await actionsCard();
    const status = within(card).getByRole('status');
    expect(status.textContent).toContain('Đã gửi thư xin lỗi, hẹn trả kết quả lúc 21/12/2026 17:00.');
    expect(within(status).getByRole('link', { name: 'In thư xin lỗi (mẫu 04)' }).getAttribute('href')).toBe(`/dossiers/${CODE}/print/apology`);
  });

  it('offers a specialist appraisal before submission, and no approval', async () => {
    mockDossier(['SPECIALIST'], { status: 'IN_PROCESS', appraisedAt: null });
    renderApp(`/dossiers/${CODE}/`);
    const card = await actionsCard();
    expect(within(card).getByRole('button', { name: 'Thẩm định' })).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Trình phê duyệt' })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Phê duyệt, ký' })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Trả kết quả' })).toBeNull();
  });

  it('offers a receptionist only the withdrawal on an approved dossier', async () => {
    mockDossier(['RECEPTIONIST'], { status: 'APPROVED' });
    renderApp(`/dossiers/${CODE}/`);
    const card = await actionsCard();
    expect(within(card).getByRole('button', { name: 'Rút hồ sơ' })).toBeTruthy();
    expect(within(card).getAllByRole('button')).toHaveLength(1);
  });

  it('explains a conflict and reloads the dossier', async () => {
    const calls = mockDossier(['LEADER'], { status: 'AWAITING_APPROVAL', appraisedAt: '2026-11-27T02:00:00Z' });
    let sentVersion = 0;
    server.use(
      graphql.mutation(DossierActionsApproveDossierDocument, ({ variables }) => {
        sentVersion = variables.input.expectedVersion;
        return HttpResponse.json({
          data: {
            approveDossier: {
              dossier: null,
              errors: [{ __typename: 'ConcurrencyConflictError' as const, message: 'Hồ sơ đã thay đổi (phiên bản 9).' }],
            },
          },
        });
      }),
    );
    const { user } = renderApp(`/dossiers/${CODE}/`);
    const card = await actionsCard();
    await user.click(within(card).getByRole('button', { name: 'Phê duyệt, ký' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(
      await screen.findByText('Hồ sơ vừa được người khác thay đổi. Đã tải lại dữ liệu mới nhất, vui lòng kiểm tra rồi thực hiện lại.'),
    ).toBeTruthy();
    expect(sentVersion).toBe(4);
    await waitFor(() => expect(calls()).toBeGreaterThanOrEqual(2));
  });
});

describe('dossier page, live', () => {
  it('updates in place when the dossier changes and closes an open dialog with the conflict message', async () => {
    mockDossier(['LEADER'], { status: 'AWAITING_APPROVAL', appraisedAt: '2026-11-27T02:00:00Z' });
    const { user } = renderApp(`/dossiers/${CODE}/`);
    const card = await actionsCard();
    await waitFor(() => expect(liveSocket.subscribed('DossierChanged')).toBe(true));
    await user.click(within(card).getByRole('button', { name: 'Phê duyệt, ký' }));
    await screen.findByRole('dialog');

    // Another officer approved it: the page shows the new status without a reload and the open form is void.
    liveSocket.push('DossierChanged', {
      dossierChanged: { ...dossierWire({ status: 'APPROVED', appraisedAt: '2026-11-27T02:00:00Z', version: 9 }), __typename: 'Dossier' },
    });
    expect(
      await screen.findByText('Hồ sơ vừa được người khác thay đổi. Đã tải lại dữ liệu mới nhất, vui lòng kiểm tra rồi thực hiện lại.'),
    ).toBeTruthy();
    expect(within(screen.getByRole('heading', { name: new RegExp(CODE) })).getByText('Đã phê duyệt')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Phê duyệt, ký' })).toBeNull();
  });
});

describe('allowed actions', () => {
  it('follow status, appraisal and roles', () => {
    expect(allowedActions({ status: 'RECEIVED' }, ['RECEPTIONIST'])).toEqual(['ASSIGN', 'WITHDRAW']);
    expect(allowedActions({ status: 'IN_PROCESS', appraisedAt: '2026-11-27' }, ['SPECIALIST'])).toEqual([
      'FORWARD',
      'APPRAISE',
      'REQUEST_SUPPLEMENT',
      'PAUSE',
      'SUBMIT_FOR_APPROVAL',
    ]);
    expect(allowedActions({ status: 'RESULT_READY' }, ['RECEPTIONIST'])).toEqual(['RETURN_RESULT']);
    expect(allowedActions({ status: 'RETURNED' }, ['ADMIN'])).toEqual([]);
    expect(allowedActions({ status: 'AWAITING_COMPLETION' }, ['DATA_ENTRY'])).toEqual(['ACCEPT_COMPLETED']);
  });
});
