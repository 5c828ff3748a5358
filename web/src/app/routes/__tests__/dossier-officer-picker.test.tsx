import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  DossierActionsAssignDossierDocument,
  DossierActionsForwardDossierDocument,
  DossierRouteDocument,
  OfficerPickerDocument,
  type DossierActionsAssignDossierMutationVariables,
  type DossierActionsForwardDossierMutationVariables,
  type OfficerPickerQueryVariables,
  type Role,
} from '@/gql/graphql';
import { dossierWire } from '@/testing/dossier-fixtures';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

const CODE = '000.00.21.H47-261126-0001';
const TAM_KY = '000.00.21.H47';

const officer = (id: string, fullName: string, position: 'HEAD' | 'STAFF', office: string, open: number, overdue: number) => ({
  id,
  fullName,
  post: { id: `Assignment:${id}`, position, office: { id: `Office:${id}`, name: office } },
  workload: { openDossiers: open, overdueSteps: overdue, overdueDossiers: 0 },
});

const OFFICERS = [
  officer('user-specialist', 'Hoàng Văn Thẩm', 'STAFF', 'Phòng Nội vụ', 2, 1),
  officer('user-leader', 'Võ Đình Lãnh', 'HEAD', 'Văn phòng HĐND và UBND', 0, 0),
];

function mockDossier(roles: Role[], status: 'RECEIVED' | 'IN_PROCESS') {
  const asked: OfficerPickerQueryVariables[] = [];
  server.use(
    graphql.query(DossierRouteDocument, () =>
      HttpResponse.json({ data: { me: { id: 'u-1', roles }, dossier: dossierWire({ status, version: 4, appraisedAt: null }) } }),
    ),
    graphql.query(OfficerPickerDocument, ({ variables }) => {
      asked.push(variables);
      const search = variables.search?.toLowerCase();
      // The server folds diacritics; the mock matches the plain name.
      const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
      const officers = variables.unitCode === TAM_KY ? OFFICERS.filter((o) => !search || plain(o.fullName).includes(plain(search))) : null;
      return HttpResponse.json({ data: { officers } });
    }),
  );
  return asked;
}

const actionsCard = () => screen.findByRole('region', { name: 'Thao tác' });

describe('officer picker in the assign and forward dialogs', () => {
  it('offers the handling unit’s posted officers with their open work, searched on the server, and sends the unit checked', async () => {
    const asked = mockDossier(['LEADER'], 'RECEIVED');
    const sent: DossierActionsAssignDossierMutationVariables[] = [];
    server.use(
      graphql.mutation(DossierActionsAssignDossierDocument, ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({
          data: { assignDossier: { dossier: { id: 'Dossier:1', version: 5, status: 'IN_PROCESS' as const }, errors: [] } },
        });
      }),
    );
    const { user } = renderApp(`/dossiers/${CODE}/`);
    await user.click(within(await actionsCard()).getByRole('button', { name: 'Chuyển xử lý' }));
    const dialog = await screen.findByRole('dialog');
    const picker = within(dialog).getByRole('combobox', { name: 'Cán bộ nhận (tùy chọn)' });
    await user.click(picker);
    await user.type(picker, 'tham');
    const label = 'Hoàng Văn Thẩm — Chuyên viên / nhân viên, Phòng Nội vụ (2 hồ sơ đang giữ, 1 quá hạn)';
    await waitFor(() => expect(asked.at(-1)).toEqual({ unitCode: TAM_KY, search: 'tham' }));
    expect(await screen.findByRole('option', { name: label })).toBeTruthy();
    expect(screen.queryByRole('option', { name: /Võ Đình Lãnh/ })).toBeNull();
    await user.click(await screen.findByTitle(label));
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.input).toMatchObject({ code: CODE, expectedVersion: 4, officerId: 'user-specialist', unitCode: TAM_KY });
  });

  it('asks for the unit typed in the form and shows the server’s refusal of an officer without a post there', async () => {
    const asked = mockDossier(['SPECIALIST'], 'IN_PROCESS');
    const sent: DossierActionsForwardDossierMutationVariables[] = [];
    server.use(
      graphql.mutation(DossierActionsForwardDossierDocument, ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({
          data: {
            forwardDossier: {
              dossier: null,
              errors: [{ __typename: 'OfficerNotPostedError' as const, message: 'Cán bộ Võ Đình Lãnh không giữ vị trí công tác nào tại đơn vị 000.00.21.H47 hiện nay.' }],
            },
          },
        });
      }),
    );
    const { user } = renderApp(`/dossiers/${CODE}/`);
    await user.click(within(await actionsCard()).getByRole('button', { name: 'Chuyển tiếp' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Mã đơn vị nhận' }), '000.00.32.H47');
    const picker = within(dialog).getByRole('combobox', { name: 'Cán bộ nhận (tùy chọn)' });
    await user.click(picker);
    expect(await screen.findByText('Không tìm thấy đơn vị 000.00.32.H47 trong phạm vi của bạn.')).toBeTruthy();
    expect(asked.at(-1)).toEqual({ unitCode: '000.00.32.H47', search: null });

    await user.clear(within(dialog).getByRole('textbox', { name: 'Mã đơn vị nhận' }));
    await user.click(picker);
    await user.click(await screen.findByTitle(/^Võ Đình Lãnh/));
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(await within(dialog).findByText('Cán bộ Võ Đình Lãnh không giữ vị trí công tác nào tại đơn vị 000.00.21.H47 hiện nay.')).toBeTruthy();
    expect(sent[0]?.input).toMatchObject({ officerId: 'user-leader', unitCode: TAM_KY, completeStep: true });
  });
});
