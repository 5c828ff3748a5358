import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '@/gql';
import {
  AssignModalAssignDocument,
  ImportReport_PayloadFragmentDoc,
  ImportUploaderImportDocument,
  OfficeFormCreateDocument,
  PersonFormUpdateDocument,
  StaffingComplianceRouteDocument,
  type ImportUploaderImportMutationVariables,
  type StaffingComplianceRouteQueryVariables,
} from '@/gql/graphql';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';
import { importReport, staffingError } from '@/testing/staffing-fixtures';
import { staffingHandlers } from '@/testing/staffing-handlers';

describe('staffing compliance route', () => {
  it('lists violations first, with the figures, the rule version, its source and confidence, and the people', async () => {
    server.use(...staffingHandlers(['INSPECTOR']));
    const { user } = renderApp('/staffing/compliance');
    const violating = await screen.findByText('Sở Nội vụ');
    const compliant = screen.getByText('Sở Tư pháp');
    // The server listed the compliant unit first; the page puts the violation first.
    expect(violating.compareDocumentPosition(compliant) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const office = screen.getByTestId('office-000.02.02.H47');
    expect(within(office).getByText('Số cấp phó tối đa của phòng')).toBeTruthy();
    expect(within(office).getByText('3 cấp phó, được tối đa 2 (biên chế 11).')).toBeTruthy();
    expect(within(office).getByText('3 / 2')).toBeTruthy();
    expect(within(office).getByText('Nghị định 107/2020/NĐ-CP')).toBeTruthy();
    expect(within(office).getByText('Hiệu lực từ 25/11/2020')).toBeTruthy();
    expect(within(office).getByText('Độ tin cậy: Cao')).toBeTruthy();
    expect(within(office).getByRole('link', { name: 'Tô Kiến Đức' }).getAttribute('href')).toBe('/staffing/people/Person%3A1');
    // Met rules stay hidden until asked for.
    expect(within(office).queryByText('Biên chế 11, tối thiểu 6.')).toBeNull();
    const contracts = screen.getByTestId('office-000.03.02.H47');
    expect(within(contracts).getByText('Hợp đồng lao động chỉ làm hỗ trợ, phục vụ')).toBeTruthy();
    expect(within(contracts).getByRole('link', { name: 'Lê Ngọc Hoàn' })).toBeTruthy();
    // The compliant unit starts folded; opened, it sums up its offices in one line.
    expect(screen.queryByText(/1 phòng tuân thủ mọi quy định/)).toBeNull();
    await user.click(compliant);
    expect(await screen.findByText(/1 phòng tuân thủ mọi quy định/)).toBeTruthy();
  });

  it('sends the chosen date as asOf', async () => {
    const seen: StaffingComplianceRouteQueryVariables[] = [];
    server.use(...staffingHandlers(['INSPECTOR']));
    server.use(
      graphql.query(StaffingComplianceRouteDocument, ({ variables }) => {
        seen.push(variables);
        return undefined;
      }),
    );
    const { router } = renderApp('/staffing/compliance');
    await screen.findByText('Sở Nội vụ');
    expect(seen[0]?.asOf ?? null).toBeNull();
    const picker = screen.getByRole('textbox', { name: 'Tại ngày' });
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '31/12/2024' } });
    fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(seen.at(-1)?.asOf).toBe('2024-12-31'));
    expect(router.state.location.search).toContain('asOf=2024-12-31');
  });

  it('reads asOf from the address', async () => {
    const seen: StaffingComplianceRouteQueryVariables[] = [];
    server.use(...staffingHandlers(['INSPECTOR']));
    server.use(
      graphql.query(StaffingComplianceRouteDocument, ({ variables }) => {
        seen.push(variables);
        return undefined;
      }),
    );
    renderApp('/staffing/compliance?asOf=2024-12-31&unit=000.00.02.H47');
    await screen.findByText('Sở Nội vụ');
    expect(seen[0]).toMatchObject({ asOf: '2024-12-31', unitCode: '000.00.02.H47' });
  });
});

describe('staffing people and person routes', () => {
  it('shows analysts the birth year only', async () => {
    server.use(...staffingHandlers(['ANALYST']));
    renderApp('/staffing');
    expect(await screen.findByText('Năm sinh 1980 (ngày sinh được ẩn)')).toBeTruthy();
    expect(screen.queryByText('15/03/1980')).toBeNull();
    // No editing controls for analysts.
    expect(screen.queryByRole('button', { name: /Thêm cán bộ/ })).toBeNull();
  });

  it('shows the full birth date, the post and the history to an admin', async () => {
    server.use(...staffingHandlers(['ADMIN']));
    renderApp('/staffing/people/Person%3A1');
    expect(await screen.findByText('15/03/1980')).toBeTruthy();
    expect(screen.getByText('Quá trình công tác')).toBeTruthy();
    expect(screen.getByText('Phòng Kế hoạch - Tài chính')).toBeTruthy();
    expect(screen.getByText('31/12/2018')).toBeTruthy();
    expect(screen.getByText('Hiện nay')).toBeTruthy();
  });

  it('masks the birth date on the person page for analysts and offers no edits', async () => {
    server.use(...staffingHandlers(['ANALYST']));
    renderApp('/staffing/people/Person%3A1');
    expect(await screen.findByText('Năm sinh 1980 (ngày sinh được ẩn)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sửa thông tin' })).toBeNull();
  });
});

describe('staffing mutations: typed payload errors', () => {
  it('tells the user someone else changed the record, with a reload', async () => {
    server.use(
      ...staffingHandlers(['ADMIN']),
      graphql.mutation(PersonFormUpdateDocument, () =>
        HttpResponse.json({ data: { updatePerson: { person: null, errors: [staffingError.conflict()] } } }),
      ),
    );
    const { user } = renderApp('/staffing/people/Person%3A1');
    await user.click(await screen.findByRole('button', { name: 'Sửa thông tin' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Người khác vừa thay đổi bản ghi này (phiên bản 4). Hãy tải lại rồi sửa lại.');
    expect(within(alert).getByRole('button', { name: 'Tải lại' })).toBeTruthy();
  });

  it('puts a validation error next to its field', async () => {
    server.use(
      ...staffingHandlers(['ADMIN']),
      graphql.mutation(PersonFormUpdateDocument, () =>
        HttpResponse.json({ data: { updatePerson: { person: null, errors: [staffingError.validation('fullName', 'Họ tên quá dài.')] } } }),
      ),
    );
    const { user } = renderApp('/staffing/people/Person%3A1');
    await user.click(await screen.findByRole('button', { name: 'Sửa thông tin' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    const field = await within(dialog).findByText('Họ tên quá dài.');
    expect(field.closest('.ant-form-item')?.textContent).toContain('Họ và tên');
  });

  it('explains an overlapping head post next to the position, and a forbidden unit above the form', async () => {
    server.use(
      ...staffingHandlers(['ADMIN']),
      graphql.mutation(AssignModalAssignDocument, () =>
        HttpResponse.json({ data: { assignPerson: { assignment: null, errors: [staffingError.overlappingHead(), staffingError.forbidden()] } } }),
      ),
    );
    const { user } = renderApp('/staffing/people/Person%3A1');
    await user.click(await screen.findByRole('button', { name: 'Bố trí vị trí' }));
    const dialog = await screen.findByRole('dialog');
    const office = within(dialog).getByRole('combobox', { name: 'Phòng' });
    fireEvent.mouseDown(office);
    await user.click(await screen.findByText('Phòng Tổ chức - Hành chính (000.02.02.H47)'));
    const from = within(dialog).getByRole('textbox', { name: 'Từ ngày' });
    fireEvent.mouseDown(from);
    fireEvent.change(from, { target: { value: '01/07/2025' } });
    fireEvent.keyDown(from, { key: 'Enter', code: 'Enter' });
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    const message = await within(dialog).findByText(/CB001 đang giữ một chức vụ trưởng khác/);
    expect(message.closest('.ant-form-item')?.textContent).toContain('Chức vụ');
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Bạn không có quyền thay đổi biên chế của đơn vị này. Ngoài phạm vi.');
  });

  it('validates the office form before sending it', async () => {
    let sent = 0;
    server.use(
      ...staffingHandlers(['ADMIN']),
      graphql.mutation(OfficeFormCreateDocument, () => {
        sent += 1;
        return HttpResponse.json({ data: { createOffice: { office: null, errors: [] } } });
      }),
    );
    const { user } = renderApp('/staffing');
    await user.click(await screen.findByRole('button', { name: /Thêm phòng/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    // antd shows each field's message as its own validation settles: wait for all of them, not the first.
    await waitFor(() => expect(within(dialog).getAllByText('Bắt buộc nhập.').length).toBeGreaterThanOrEqual(3));
    expect(sent).toBe(0);
  });
});

describe('staffing import route', () => {
  it('reads the file, sends it base64-encoded and shows the per-row report', async () => {
    const seen: ImportUploaderImportMutationVariables[] = [];
    server.use(
      ...staffingHandlers(['ADMIN']),
      graphql.mutation(ImportUploaderImportDocument, ({ variables }) => {
        seen.push(variables);
        return HttpResponse.json({ data: { importStaffing: { ...importReport(), errors: [] } } });
      }),
    );
    const { user, container } = renderApp('/staffing/import');
    await screen.findByText('Nhập biên chế từ bảng tính');
    const input = await waitFor(() => {
      const found = container.querySelector<HTMLInputElement>('input[type=file]');
      if (!found) throw new Error('no file input');
      return found;
    });
    const file = new File(['PK fake xlsx'], 'bien-che.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await user.upload(input, file);
    await user.click(screen.getByRole('button', { name: 'Nhập dữ liệu' }));

    const report = await screen.findByRole('table', { name: 'Các dòng không được nhập' });
    const cells = within(report).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['3', 'Ngày sinh (dateOfBirth)', 'VALIDATION', 'Ngày "31/02/1990" không hợp lệ (dd/MM/yyyy).']);
    expect(screen.getByText('Đã xử lý xong')).toBeTruthy();
    expect(seen[0]?.input).toEqual({ unitCode: '000.00.00.H47', contentBase64: btoa('PK fake xlsx') });
    for (const [label, value] of [['Dòng đã đọc', '3'], ['Tạo mới', '1'], ['Cập nhật', '1'], ['Không đổi', '0'], ['Dòng lỗi', '1']] as const) {
      const stat = screen.getByText(label).closest('.ant-statistic');
      expect(stat?.textContent).toContain(value);
    }
  });

  it('shows a whole-file error from the payload', async () => {
    server.use(
      ...staffingHandlers(['ADMIN']),
      graphql.mutation(ImportUploaderImportDocument, () =>
        HttpResponse.json({
          data: {
            importStaffing: {
              ...makeFragmentData({ rows: 0, created: 0, updated: 0, unchanged: 0, rowErrors: [] }, ImportReport_PayloadFragmentDoc),
              errors: [staffingError.validation('contentBase64', 'Tệp không phải bảng tính .xlsx hợp lệ (tối đa 6 MB).')],
            },
          },
        }),
      ),
    );
    const { user, container } = renderApp('/staffing/import');
    await screen.findByText('Nhập biên chế từ bảng tính');
    const input = await waitFor(() => {
      const found = container.querySelector<HTMLInputElement>('input[type=file]');
      if (!found) throw new Error('no file input');
      return found;
    });
    await user.upload(input, new File(['x'], 'hong.xlsx'));
    await user.click(screen.getByRole('button', { name: 'Nhập dữ liệu' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Tệp không phải bảng tính .xlsx hợp lệ');
    expect(screen.getByText('Không nhập được tệp')).toBeTruthy();
  });
});
