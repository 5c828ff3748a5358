import { screen, within, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

describe('home route inside the shell', () => {
  it('shows the signed-in user, unit and translated roles', async () => {
    renderApp('/');
    const summary = await screen.findByTestId('user-summary');
    expect(within(summary).getByText('Nguyễn Văn An')).toBeTruthy();
    expect(within(summary).getByText('Tỉnh Quảng Nam')).toBeTruthy();
    expect(within(summary).getByText('Quản trị hệ thống')).toBeTruthy();
    expect(await screen.findByText('Bạn đang làm việc tại Tỉnh Quảng Nam.')).toBeTruthy();
  });

  it('lists only features whose route exists', async () => {
    renderApp('/');
    const menu = await screen.findByRole('menu', { name: 'Điều hướng chính' });
    expect(within(menu).getByText('Trang chủ')).toBeTruthy();
    expect(within(menu).getByText('Đơn vị')).toBeTruthy();
    expect(within(menu).getByText('Hồ sơ')).toBeTruthy();
    expect(within(menu).getByText('Thủ tục')).toBeTruthy();
  });

  it('switches the language to English and remembers it', async () => {
    const { user } = renderApp('/');
    await screen.findByTestId('user-summary');
    await user.click(screen.getByText('EN'));

    expect(await screen.findByText('Welcome, Nguyễn Văn An')).toBeTruthy();
    const menu = screen.getByRole('menu', { name: 'Main navigation' });
    expect(within(menu).getByText('Units')).toBeTruthy();
    expect(within(screen.getByTestId('user-summary')).getByText('Administrator')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Sign out/ })).toBeTruthy();
    expect(window.localStorage.getItem('onestop.language')).toBe('en');
  });

  it('links to the GraphQL IDE and signs out to the login page', async () => {
    let loggedOut = false;
    server.use(
      http.post('/auth/logout', () => {
        loggedOut = true;
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const { user, router } = renderApp('/');
    const ide = await screen.findByRole('link', { name: /GraphQL IDE/ });
    expect(ide.getAttribute('href')).toBe('/graphql/');

    await user.click(screen.getByRole('button', { name: /Đăng xuất/ }));
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    expect(loggedOut).toBe(true);
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });
});
