import { screen, waitFor } from '@testing-library/react';
import { graphql, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  DossierAttachFileDocument,
  DossierIntakeRouteDocument,
  IntakeAddressUnitsDocument,
  IntakeAppointmentPreviewDocument,
  IntakeProcedureSearchDocument,
  IntakeWizardReceiveDocument,
  type AttachDossierFileInput,
  type IntakeProcedureSearchQueryVariables,
  type ReceiveDossierInput,
} from '@/gql/graphql';
import { isValidCitizenId, isValidPhone } from '@/features/dossiers/lib/citizen-id';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

const attached: AttachDossierFileInput[] = [];
let uploads = 0;

const procedure = {
  id: 'Procedure:1',
  code: '1.006228',
  name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
  processingTime: { amount: 15, unit: 'WORKING_DAYS' as const },
  requiredDocuments: [
    { name: 'Đơn đề nghị', originals: 1, copies: 0, certifiedCopies: 0 },
    { name: 'Bản vẽ thiết kế', originals: 0, copies: 1, certifiedCopies: 0 },
  ],
  fees: [{ name: 'Lệ phí cấp giấy phép xây dựng', amount: 75000, payerNotes: null }],
};

function mockIntake(searches: IntakeProcedureSearchQueryVariables[], sent: ReceiveDossierInput[]) {
  server.use(
    graphql.query(DossierIntakeRouteDocument, () => HttpResponse.json({ data: { me: { id: 'u-1', unit: { id: 'Unit:TK', code: '000.00.21.H47' } } } })),
    graphql.query(IntakeProcedureSearchDocument, ({ variables }) => {
      searches.push(variables);
      return HttpResponse.json({ data: { procedures: { nodes: [procedure] } } });
    }),
    graphql.query(IntakeAddressUnitsDocument, () =>
      HttpResponse.json({ data: { units: { nodes: [{ id: 'Unit:TK', code: '000.00.21.H47', name: 'Thành phố Tam Kỳ' }] } } }),
    ),
    graphql.query(IntakeAppointmentPreviewDocument, () =>
      HttpResponse.json({
        data: {
          previewAppointment: {
            appointmentAt: '2026-12-17T10:00:00Z',
            dueDate: '2026-12-17',
            explanation: { text: '', lines: [{ date: '2026-11-28', kind: 'SKIPPED_DAY' as const, text: 'Không tính ngày 28/11/2026: nghỉ cuối tuần (Thứ Bảy).' }] },
          },
        },
      }),
    ),
    // jsdom's File does not survive Node's fetch intact, so the mock answers by turn: the first upload is refused by
    // content (the server's check is covered by the API tests), the second is stored.
    http.post('/files', ({ request }) => {
      uploads += 1;
      return request.headers.get('GraphQL-Require-Preflight') === '1' && uploads > 1
        ? HttpResponse.json({ id: 'sha-ok', sha256: 'sha-ok', size: 2048, contentType: 'application/pdf', name: 'don-de-nghi.pdf' }, { status: 201 })
        : HttpResponse.json({ code: 'UNSUPPORTED_FILE_TYPE', message: 'Only PDF, JPEG, PNG, DOCX and XLSX files are accepted (checked by content).' }, { status: 415 });
    }),
    graphql.mutation(DossierAttachFileDocument, ({ variables }) => {
      attached.push(variables.input);
      return HttpResponse.json({ data: { attachDossierFile: { dossier: { id: 'Dossier:1', version: 2 }, errors: [] } } });
    }),
    graphql.mutation(IntakeWizardReceiveDocument, ({ variables }) => {
      sent.push(variables.input);
      return HttpResponse.json({
        data: {
          receiveDossier: {
            dossier: { id: 'Dossier:1', code: '000.00.21.H47-261126-0007', status: 'RECEIVED' as const, version: 1, appointmentAt: '2026-12-17T10:00:00Z' },
            errors: [],
          },
        },
      });
    }),
  );
}

describe('intake wizard', () => {
  it('searches procedures of the desk, validates the citizen ID and phone, previews the appointment and receives', { timeout: 90_000 }, async () => {
    const searches: IntakeProcedureSearchQueryVariables[] = [];
    const sent: ReceiveDossierInput[] = [];
    mockIntake(searches, sent);
    const { user } = renderApp('/dossiers/new');
    const search = await screen.findByRole('searchbox', { name: 'Tìm thủ tục (không cần dấu)' });
    await user.click(search);
    await user.paste('giay phep xay dung');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(searches.at(-1)).toEqual({ search: 'giay phep xay dung', unitCode: '000.00.21.H47' }));
    await user.click(await screen.findByRole('radio', { name: procedure.name }));
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    await user.click(await screen.findByLabelText('Họ và tên'));
    await user.paste('Nguyễn Văn A');
    await user.click(screen.getByLabelText('Số định danh cá nhân (CCCD)'));
    await user.paste('04930012345');
    await user.click(screen.getByLabelText('Số điện thoại'));
    await user.paste('12345');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(await screen.findByText('Số định danh phải gồm đúng 12 chữ số, bắt đầu bằng mã tỉnh hợp lệ')).toBeTruthy();
    expect(screen.getByText('Số điện thoại không hợp lệ')).toBeTruthy();

    await user.clear(screen.getByLabelText('Số định danh cá nhân (CCCD)'));
    await user.click(screen.getByLabelText('Số định danh cá nhân (CCCD)'));
    await user.paste('049300123456');
    await user.clear(screen.getByLabelText('Số điện thoại'));
    await user.click(screen.getByLabelText('Số điện thoại'));
    await user.paste('0905 123 456');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    await user.click(await screen.findByRole('checkbox', { name: /Đơn đề nghị/ }));
    expect(screen.getByText('Lệ phí cấp giấy phép xây dựng')).toBeTruthy();
    // A scan the server refuses by content, then an accepted one; it is attached once the dossier exists.
    const input = () => screen.getByRole('button', { name: 'Tải bản scan: Đơn đề nghị' }).closest('.ant-upload')?.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input(), new File(['MZ'], 'virus.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('Loại tệp không được chấp nhận: chỉ nhận PDF, JPEG, PNG, DOCX, XLSX (kiểm tra theo nội dung tệp).')).toBeTruthy();
    await user.upload(input(), new File(['%PDF-1.4'], 'don-de-nghi.pdf', { type: 'application/pdf' }));
        expect((await screen.findByTestId('intake-scan')).textContent).toContain('Đã tải: don-de-nghi.pdf (2 KB)');
    expect(screen.getAllByText(/75\.000/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    expect((await screen.findByTestId('preview-appointment')).textContent).toBe('17/12/2026 17:00');
    expect(screen.getByText('Không tính ngày 28/11/2026: nghỉ cuối tuần (Thứ Bảy).')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Xác nhận tiếp nhận' }));

    expect(await screen.findByText('Đã tiếp nhận hồ sơ 000.00.21.H47-261126-0007')).toBeTruthy();
    expect(sent[0]).toMatchObject({
      procedureCode: '1.006228',
      outcome: 'ACCEPT',
      applicant: { fullName: 'Nguyễn Văn A', idNumber: '049300123456', phone: '0905123456', kind: 'CITIZEN' },
      documents: [{ name: 'Đơn đề nghị', originals: 1, copies: 0, certifiedCopies: 0 }],
    });
    expect(screen.getByRole('button', { name: 'In giấy tiếp nhận (mẫu 01)' })).toBeTruthy();
    expect(attached).toEqual([{ code: '000.00.21.H47-261126-0007', expectedVersion: 1, documentOrdinal: 1, fileId: 'sha-ok' }]);
  });

  it('requests a supplement listing the unticked documents', { timeout: 60_000 }, async () => {
    const sent: ReceiveDossierInput[] = [];
    mockIntake([], sent);
    const { user } = renderApp('/dossiers/new');
    await user.click(await screen.findByRole('radio', { name: procedure.name }));
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await user.click(await screen.findByLabelText('Họ và tên'));
    await user.paste('Lê Thị B');
    await user.click(screen.getByLabelText('Số định danh cá nhân (CCCD)'));
    await user.paste('049300123456');
    await user.click(screen.getByLabelText('Số điện thoại'));
    await user.paste('0905123456');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await user.click(await screen.findByRole('checkbox', { name: /Đơn đề nghị/ }));
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await user.click(await screen.findByText('Hướng dẫn bổ sung'));
    await user.click(screen.getByRole('button', { name: 'Xác nhận tiếp nhận' }));
    await waitFor(() => expect(sent[0]?.missingItems).toEqual(['Bản vẽ thiết kế']));
    expect(sent[0]?.outcome).toBe('REQUEST_SUPPLEMENT');
  });
});

describe('citizen ID and phone checks', () => {
  it('accept 12 digits with a province code, and Vietnamese phone numbers', () => {
    expect(isValidCitizenId('049300123456')).toBe(true);
    expect(isValidCitizenId('001099012345')).toBe(true);
    expect(isValidCitizenId('04930012345')).toBe(false);
    expect(isValidCitizenId('003300123456')).toBe(false);
    expect(isValidCitizenId('04930012345a')).toBe(false);
    expect(isValidPhone('0905123456')).toBe(true);
    expect(isValidPhone('+84905123456')).toBe(true);
    expect(isValidPhone('02353812345')).toBe(true);
    expect(isValidPhone('12345')).toBe(false);
  });
});
