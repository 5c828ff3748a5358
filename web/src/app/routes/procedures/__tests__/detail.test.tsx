import { screen, waitFor, within } from '@testing-library/react';
import { graphql } from 'msw';
import { describe, expect, it } from 'vitest';
import { ProcedureDetailRouteVersionDocument, type ProcedureDetailRouteVersionQueryVariables } from '@/gql/graphql';
import { signedOut } from '@/testing/handlers';
import { server } from '@/testing/mock-server';
import { procedureHandlers } from '@/testing/procedures';
import { renderApp } from '@/testing/render-app';

const nbsp = (text: string | null) => text?.replace(/\s/g, ' ');

describe('procedure detail route', () => {
  it('shows an anonymous visitor the whole procedure, with the expired legal basis in red and its replacement', async () => {
    server.use(...procedureHandlers(null), ...signedOut);
    const { router } = renderApp('/procedures/1.004227');

    expect(await screen.findByRole('heading', { name: 'Đăng ký đất đai lần đầu', level: 2 })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/procedures/1.004227'));
    expect(screen.queryByRole('button', { name: /Chỉnh sửa/ })).toBeNull();
    expect(screen.getByText('Mã 1.004227 · Phiên bản 2')).toBeTruthy();
    expect(screen.getByText('45/2013/QH13 đã hết hiệu lực, được thay thế bởi 31/2024/QH15')).toBeTruthy();

    expect(screen.getByText('Cấp huyện, Cấp xã')).toBeTruthy();
    expect(screen.getByText('Công dân, Hộ kinh doanh')).toBeTruthy();
    // The processing time, and again as the steps' total.
    expect(screen.getAllByText('3 ngày làm việc')).toHaveLength(2);
    expect(screen.getByText('Hồ sơ nhận sau 15:00 được tính từ ngày làm việc tiếp theo')).toBeTruthy();
    // Effective date, and in the version history (v1 ended, v2 began).
    expect(screen.getAllByText('01/08/2024').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('(mức độ 3 theo cách phân loại cũ)')).toBeTruthy();
    expect(screen.getByText('lần cuối 01/03/2025 09:30')).toBeTruthy();
    expect(screen.getByText('Thành phố Tam Kỳ')).toBeTruthy();
    expect(screen.getByText('Phường An Mỹ')).toBeTruthy();

    // Fees in VND, Vietnamese grouping.
    expect(screen.getByText((_, el) => el?.tagName === 'SPAN' && nbsp(el.textContent) === '1.500.000 ₫')).toBeTruthy();
    expect(screen.getByText('Miễn cho hộ nghèo')).toBeTruthy();

    const documents = screen.getByText('Đơn đăng ký đất đai').closest('tr');
    if (!documents) throw new Error('no document row');
    expect(within(documents).getByText('Mẫu số 04a/ĐK')).toBeTruthy();
    expect(screen.getByText('Giấy chứng nhận quyền sử dụng đất')).toBeTruthy();

    const step = screen.getByText('Thẩm định hồ sơ').closest('tr');
    if (!step) throw new Error('no step row');
    expect(within(step).getByText('Chuyên viên xử lý')).toBeTruthy();
    expect(within(step).getByText('2 ngày làm việc')).toBeTruthy();

    const [expired, current] = screen.getAllByTestId('legal-basis');
    if (!expired || !current) throw new Error('legal bases missing');
    expect(within(expired).getByText('45/2013/QH13')).toBeTruthy();
    const badge = within(expired).getByText('Hết hiệu lực');
    expect(badge.className).toContain('red');
    expect(within(expired).getByText('Được thay thế bởi 31/2024/QH15 — Luật Đất đai')).toBeTruthy();
    expect(within(current).getByText('Còn hiệu lực')).toBeTruthy();

    const v1 = screen.getByRole('link', { name: 'Phiên bản 1' });
    expect(v1.getAttribute('href')).toBe('/procedures/1.004227/versions/1');
  });

  it('opens an older version through version(number:)', async () => {
    const seen: ProcedureDetailRouteVersionQueryVariables[] = [];
    server.use(...procedureHandlers());
    server.use(
      graphql.query(ProcedureDetailRouteVersionDocument, ({ variables }) => {
        seen.push(variables);
        return undefined;
      }),
    );
    const { user, router } = renderApp('/procedures/1.004227');
    await user.click(await screen.findByRole('link', { name: 'Phiên bản 1' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({ code: '1.004227', number: 1 }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/procedures/1.004227/versions/1'));
    expect(await screen.findByText('Bạn đang xem phiên bản 1, không phải phiên bản đang có hiệu lực.')).toBeTruthy();
    expect(screen.getByText('Mã 1.004227 · Phiên bản 1')).toBeTruthy();
  });

  it('offers admins the editor', async () => {
    server.use(...procedureHandlers());
    renderApp('/procedures/1.004227');
    const edit = await screen.findByRole('link', { name: /Chỉnh sửa/ });
    expect(edit.getAttribute('href')).toBe('/procedures/1.004227/edit');
  });

  it('shows a not-found page for an unknown code', async () => {
    server.use(...procedureHandlers(null), ...signedOut);
    renderApp('/procedures/9.999999');
    expect(await screen.findByText('Không tìm thấy thủ tục')).toBeTruthy();
    expect(screen.getByText('Không có thủ tục mã 9.999999 đang được công bố.')).toBeTruthy();
  });
});
