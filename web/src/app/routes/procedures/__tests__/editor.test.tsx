import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '@/gql';
import {
  ExpiredLawAlert_ErrorFragmentDoc,
  ProcedureEditorCreateDocument,
  ProcedureEditorPublishDocument,
  ProcedureEditorRouteDocument,
  ProcedureEditorSaveDocument,
  type ProcedureEditorPublishMutationVariables,
  type ProcedureEditorSaveMutationVariables,
} from '@/gql/graphql';
import { server } from '@/testing/mock-server';
import { editorProcedure, landLaw2013, procedureHandlers } from '@/testing/procedures';
import { renderApp } from '@/testing/render-app';

const CODE = '1.004227';

// The editor is a large antd form; on a busy two-core machine a test may need more than the default 30 s.
const SLOW = 90_000;

describe('procedure editor route', () => {
  it('saves a draft with the content and revision it read, and shows a validation error next to its field', async () => {
    const saves: ProcedureEditorSaveMutationVariables[] = [];
    server.use(...procedureHandlers());
    server.use(
      graphql.mutation(ProcedureEditorSaveDocument, ({ variables }) => {
        saves.push(variables);
        return HttpResponse.json({
          data: {
            updateProcedureDraft: {
              procedure: null,
              errors: [
                {
                  __typename: 'ValidationError',
                  code: 'VALIDATION',
                  field: 'content.name',
                  message: 'Tên thủ tục phải dài từ 5 đến 500 ký tự.',
                },
                {
                  __typename: 'ValidationError',
                  code: 'VALIDATION',
                  field: 'content.requiredDocuments.1',
                  message: 'Số lượng bản chính, bản sao phải không âm và có ít nhất một bản.',
                },
              ],
            },
          },
        });
      }),
    );
    const { user } = renderApp(`/procedures/${CODE}/edit`);
    const name = await screen.findByLabelText('Tên thủ tục');
    expect(screen.getByText('Lưu sẽ tạo bản dự thảo mới; phiên bản đang công bố giữ nguyên đến khi công bố bản mới.')).toBeTruthy();
    await user.clear(name);
    await user.paste('Đăng');
    await user.click(screen.getByRole('button', { name: 'Lưu bản dự thảo' }));

    await waitFor(() => expect(saves).toHaveLength(1));
    const input = saves[0]?.input;
    expect(input?.code).toBe(CODE);
    expect(input?.expectedRevision).toBe(7);
    expect(input?.content.name).toBe('Đăng');
    expect(input?.content.fieldCode).toBe('TNMT-DD');
    expect(input?.content.cutOffHour).toBe('15:00:00');
    expect(input?.content.legalBasisNumbers).toEqual(['45/2013/QH13', '31/2024/QH15']);
    expect(input?.content.fees).toEqual([{ name: 'Lệ phí cấp giấy chứng nhận', amount: 1500000, payerNotes: 'Miễn cho hộ nghèo' }]);
    expect(input?.content.steps?.map((s) => s.budget)).toEqual([0.5, 2, 0.5]);

    const nameItem = name.closest('.ant-form-item');
    if (!(nameItem instanceof HTMLElement)) throw new Error('no form item');
    expect(await within(nameItem).findByText('Tên thủ tục phải dài từ 5 đến 500 ký tự.')).toBeTruthy();
    const docItem = screen.getByDisplayValue('Giấy tờ về quyền sử dụng đất').closest('.ant-form-item');
    if (!(docItem instanceof HTMLElement)) throw new Error('no document item');
    expect(within(docItem).getByText('Số lượng bản chính, bản sao phải không âm và có ít nhất một bản.')).toBeTruthy();
  }, SLOW);

  it('explains a step budget mismatch with expected and actual', async () => {
    server.use(...procedureHandlers());
    server.use(
      graphql.mutation(ProcedureEditorSaveDocument, () =>
        HttpResponse.json({
          data: {
            updateProcedureDraft: {
              procedure: null,
              errors: [
                { __typename: 'StepBudgetMismatchError', code: 'STEP_BUDGET_MISMATCH', message: 'x', expected: 3, actual: 3.5, unit: 'WORKING_DAYS' },
              ],
            },
          },
        }),
      ),
    );
    const { user } = renderApp(`/procedures/${CODE}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Lưu bản dự thảo' }));
    const text = 'Tổng thời gian các bước (3,5 ngày làm việc) khác thời hạn giải quyết (3 ngày làm việc).';
    // In the alert and next to the processing time.
    await waitFor(() => expect(screen.getAllByText(text)).toHaveLength(2));
  }, SLOW);

  it('refuses to publish while a legal basis has expired, naming it and its replacement', async () => {
    const publishes: ProcedureEditorPublishMutationVariables[] = [];
    server.use(...procedureHandlers());
    server.use(
      graphql.mutation(ProcedureEditorPublishDocument, ({ variables }) => {
        publishes.push(variables);
        return HttpResponse.json({
          data: {
            publishProcedure: {
              procedure: null,
              errors: [
                {
                  __typename: 'CitesExpiredLawError',
                  code: 'CITES_EXPIRED_LAW',
                  message: 'Thủ tục viện dẫn văn bản hết hiệu lực.',
                  ...makeFragmentData(
                    {
                      on: '2025-06-02',
                      expiredLegalBases: [
                        {
                          id: landLaw2013.id,
                          number: landLaw2013.number,
                          title: landLaw2013.title,
                          expiresOn: landLaw2013.expiresOn,
                          replacedBy: { id: 'LegalDocument:2', number: '31/2024/QH15', title: 'Luật Đất đai' },
                        },
                      ],
                    },
                    ExpiredLawAlert_ErrorFragmentDoc,
                  ),
                },
              ],
            },
          },
        });
      }),
    );
    server.use(
      graphql.query(ProcedureEditorRouteDocument, () =>
        HttpResponse.json({
          data: {
            me: { id: 'Me:1', roles: ['ADMIN'] },
            procedureFields: [{ code: 'TNMT-DD', name: 'Đất đai' }],
            legalDocuments: { nodes: [] },
            units: { nodes: [] },
            procedure: editorProcedure('DRAFT'),
          },
        }),
      ),
    );
    const { user } = renderApp(`/procedures/${CODE}/edit`);
    expect(await screen.findByText('Đang sửa bản dự thảo (phiên bản 3)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Công bố' }));

    await waitFor(() => expect(publishes).toHaveLength(1));
    expect(publishes[0]?.input.code).toBe(CODE);
    expect(publishes[0]?.input.expectedRevision).toBe(7);
    expect(publishes[0]?.input.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const alert = await screen.findByText(/Không thể công bố: thủ tục viện dẫn văn bản không còn hiệu lực vào ngày 02\/06\/2025/);
    const box = alert.closest('[role="alert"]');
    if (!(box instanceof HTMLElement)) throw new Error('no alert');
    expect(within(box).getByText('45/2013/QH13')).toBeTruthy();
    expect(within(box).getByText('Được thay thế bởi 31/2024/QH15 — Luật Đất đai')).toBeTruthy();
  }, SLOW);

  it('on a concurrency conflict says someone else changed it and reloads the latest content', async () => {
    let loads = 0;
    server.use(...procedureHandlers());
    server.use(
      graphql.query(ProcedureEditorRouteDocument, () => {
        loads += 1;
        return undefined;
      }),
      graphql.mutation(ProcedureEditorSaveDocument, () =>
        HttpResponse.json({
          data: {
            updateProcedureDraft: {
              procedure: null,
              errors: [{ __typename: 'ConcurrencyConflictError', code: 'CONCURRENCY_CONFLICT', message: 'x', currentVersion: 8 }],
            },
          },
        }),
      ),
    );
    const { user } = renderApp(`/procedures/${CODE}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Lưu bản dự thảo' }));
    expect(await screen.findByText('Người khác vừa thay đổi thủ tục này')).toBeTruthy();
    expect(screen.getByText(/Hãy tải lại để xem nội dung mới nhất/)).toBeTruthy();
    const before = loads;
    await user.click(screen.getByRole('button', { name: /Tải lại/ }));
    await waitFor(() => expect(loads).toBe(before + 1));
    await waitFor(() => expect(screen.queryByText('Người khác vừa thay đổi thủ tục này')).toBeNull());
  }, SLOW);

  it('creates a procedure and opens its editor', async () => {
    server.use(...procedureHandlers());
    server.use(
      graphql.mutation(ProcedureEditorCreateDocument, ({ variables }) =>
        HttpResponse.json({
          data: { createProcedure: { procedure: { id: 'Procedure:new', code: variables.input.code, revision: 1 }, errors: [] } },
        }),
      ),
    );
    const { user, router } = renderApp('/procedures/new');
    expect(await screen.findByRole('heading', { name: 'Thêm thủ tục' })).toBeTruthy();
    await user.click(screen.getByLabelText('Mã'));
    await user.paste('2.000001');
    await user.click(screen.getByLabelText('Tên thủ tục'));
    await user.paste('Thủ tục thử nghiệm');
    await user.click(screen.getByRole('combobox', { name: 'Lĩnh vực' }));
    await user.click(await screen.findByTitle('Đất đai'));
    await user.click(screen.getByLabelText('Thời hạn giải quyết'));
    await user.paste('3');
    await user.click(screen.getByRole('button', { name: 'Tạo bản dự thảo' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/procedures/2.000001/edit'));
  }, SLOW);

  it('is for admins only', async () => {
    server.use(...procedureHandlers(['INSPECTOR']));
    renderApp(`/procedures/${CODE}/edit`);
    expect(await screen.findByText('Chỉ quản trị hệ thống được sửa danh mục thủ tục.')).toBeTruthy();
  }, SLOW);
});
