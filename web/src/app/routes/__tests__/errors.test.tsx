import { screen, waitFor } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { HomeRouteDocument } from '@/gql/graphql';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

describe('error handling', () => {
  it('shows a 404 page with a way back home', async () => {
    const { user, router } = renderApp('/khong-ton-tai');
    expect(await screen.findByText('Không tìm thấy trang')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Về trang chủ' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('toasts a GraphQL error', async () => {
    server.use(
      graphql.query(HomeRouteDocument, () =>
        HttpResponse.json({ data: { me: null }, errors: [{ message: 'Không đủ quyền' }] }),
      ),
    );
    renderApp('/');
    expect(await screen.findByText('Không tải được dữ liệu')).toBeTruthy();
    expect(await screen.findByText('Máy chủ báo lỗi: Không đủ quyền')).toBeTruthy();
  });

  it('shows the error page without technical details when the server is unreachable', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server.use(graphql.query('AppShell', () => HttpResponse.error()));
    renderApp('/');
    expect(await screen.findByText('Đã xảy ra lỗi')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Về trang chủ' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/at .*\.tsx|TypeError|Error:/);
    consoleError.mockRestore();
  });
});
