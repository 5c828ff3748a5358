import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '@/gql';
import {
  AccountLinkCard_PersonFragmentDoc,
  AccountLinkCardLinkDocument,
  AccountLinkCardUnlinkDocument,
  OfficerWorkloadsDocument,
  StaffingPersonRouteDocument,
  StaffingRouteDocument,
  WorkloadSummary_WorkloadFragmentDoc,
  type AccountLinkCardLinkMutationVariables,
  type OfficerWorkloadsQueryVariables,
} from '@/gql/graphql';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';
import { personRecord, staffingError } from '@/testing/staffing-fixtures';
import { staffingHandlers } from '@/testing/staffing-handlers';

const TAM_KY = '000.00.21.H47';

const post = (id: string, personId: string, fullName: string, position: 'HEAD' | 'STAFF') => ({
  id: `Assignment:${id}`,
  position,
  postType: 'PROFESSIONAL' as const,
  from: '2020-03-01',
  to: null,
  person: { id: personId, fullName, personKey: `QNA-${id}`, employment: { id: `Employment:${id}`, type: 'CIVIL_SERVANT' as const, supportJob: null } },
});

const desk = {
  __typename: 'Office' as const,
  id: 'Office:MC',
  code: `${TAM_KY}-MC`,
  name: 'Bộ phận Một cửa thành phố Tam Kỳ',
  kind: 'ONE_STOP_DESK' as const,
  provinceClass: 'CLASS_I' as const,
  headcountQuota: 5,
  internalUnits: 0,
  establishedOn: '2015-01-01',
  dissolvedOn: null,
  version: 1,
  unit: { id: 'Unit:TK', code: TAM_KY, name: 'Ủy ban nhân dân thành phố Tam Kỳ' },
  staff: [post('1', 'Person:1', 'Phạm Thị Tiếp', 'STAFF'), post('2', 'Person:2', 'Lê Văn Bình', 'STAFF')],
};

function rowOf(cell: HTMLElement): HTMLElement {
  const row = cell.closest('tr');
  if (!row) throw new Error('not in a table row');
  return row;
}

const workload = (openDossiers: number, openSteps: number, overdueSteps: number, overdueDossiers: number) =>
  makeFragmentData({ openDossiers, openSteps, overdueSteps, overdueDossiers }, WorkloadSummary_WorkloadFragmentDoc);

describe('staffing unit page: workload per officer', () => {
  it('shows each posted officer’s open dossiers, steps and overdue work beside the desk’s staffing', async () => {
    const asked: OfficerWorkloadsQueryVariables[] = [];
    server.use(...staffingHandlers(['LEADER']));
    server.use(
      graphql.query(StaffingRouteDocument, () => HttpResponse.json({ data: { offices: { totalCount: 1, nodes: [desk] } } })),
      graphql.query(OfficerWorkloadsDocument, ({ variables }) => {
        asked.push(variables);
        return HttpResponse.json({
          data: { officers: [{ id: 'user-1', fullName: 'Phạm Thị Tiếp', person: { id: 'Person:1' }, workload: workload(3, 2, 1, 1) }] },
        });
      }),
    );
    const { user } = renderApp(`/staffing?unit=${TAM_KY}`);
    const row = rowOf(await screen.findByText('Bộ phận Một cửa thành phố Tam Kỳ'));
    expect(asked[0]).toEqual({ unitCode: TAM_KY });
    // The office sums its officers' open dossiers.
    expect(await within(row).findByText('3')).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Mở rộng dòng' }));
    const staff = await screen.findByRole('table', { name: 'Nhân sự của Bộ phận Một cửa thành phố Tam Kỳ' });
    const tiep = rowOf(within(staff).getByText('Phạm Thị Tiếp'));
    expect(within(tiep).getByText('3 hồ sơ')).toBeTruthy();
    expect(within(tiep).getByText('2 bước đang giữ')).toBeTruthy();
    expect(within(tiep).getByText('2 quá hạn')).toBeTruthy();
    const binh = rowOf(within(staff).getByText('Lê Văn Bình'));
    expect(within(binh).getByText('Chưa gắn tài khoản')).toBeTruthy();
  });

  it('does not ask for workloads for roles that do not assign work', async () => {
    let asked = 0;
    server.use(...staffingHandlers(['INSPECTOR']));
    server.use(
      graphql.query(StaffingRouteDocument, () => HttpResponse.json({ data: { offices: { totalCount: 1, nodes: [desk] } } })),
      graphql.query(OfficerWorkloadsDocument, () => {
        asked += 1;
        return HttpResponse.json({ data: { officers: [] } });
      }),
    );
    renderApp(`/staffing?unit=${TAM_KY}`);
    await screen.findByText('Bộ phận Một cửa thành phố Tam Kỳ');
    expect(screen.queryByText('Hồ sơ đang xử lý')).toBeNull();
    expect(asked).toBe(0);
  });
});

describe('person page: sign-in account link', () => {
  it('links an account by e-mail and explains an account already linked to someone else next to the field', async () => {
    const sent: AccountLinkCardLinkMutationVariables[] = [];
    server.use(...staffingHandlers(['LEADER']));
    server.use(
      graphql.mutation(AccountLinkCardLinkDocument, ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({
          data: {
            linkPersonAccount: {
              person: null,
              errors: [staffingError.accountLinked('leader.tamky@onestop.local', 'QNA-00042')],
            },
          },
        });
      }),
    );
    const { user } = renderApp('/staffing/people/Person%3A1');
    const card = await screen.findByRole('region', { name: 'Tài khoản đăng nhập' });
    expect(within(card).getByText('Chưa gắn tài khoản đăng nhập.')).toBeTruthy();
    await user.type(within(card).getByRole('textbox', { name: 'Thư điện tử của tài khoản' }), 'leader.tamky@onestop.local');
    await user.click(within(card).getByRole('button', { name: 'Gắn tài khoản' }));
    expect(await within(card).findByText('Tài khoản leader.tamky@onestop.local đã được gắn với cán bộ QNA-00042.')).toBeTruthy();
    expect(sent[0]?.input).toEqual({ personId: 'Person:1', email: 'leader.tamky@onestop.local', expectedVersion: 3 });
  });

  it('unlinks a linked account', async () => {
    let unlinked = 0;
    server.use(...staffingHandlers(['LEADER']));
    server.use(
      graphql.query(StaffingPersonRouteDocument, () =>
        HttpResponse.json({ data: { person: personRecord(false, { id: 'user-1', fullName: 'Hoàng Văn Thẩm' }) } }),
      ),
      graphql.mutation(AccountLinkCardUnlinkDocument, () => {
        unlinked += 1;
        return HttpResponse.json({
          data: {
            unlinkPersonAccount: {
              person: { id: 'Person:1', ...makeFragmentData({ id: 'Person:1', version: 4, account: null }, AccountLinkCard_PersonFragmentDoc) },
              errors: [],
            },
          },
        });
      }),
    );
    const { user } = renderApp('/staffing/people/Person%3A1');
    const card = await screen.findByRole('region', { name: 'Tài khoản đăng nhập' });
    expect(within(card).getByText('Đã gắn với tài khoản của Hoàng Văn Thẩm.')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Bỏ gắn tài khoản' }));
    await waitFor(() => expect(unlinked).toBe(1));
  });
});
