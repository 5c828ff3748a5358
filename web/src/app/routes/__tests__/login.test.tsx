import { screen, waitFor } from '@testing-library/react';
import { graphql, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AppShellDocument } from '@/gql/graphql';
import { admin, userSummary } from '@/testing/fixtures';
import { signedOut } from '@/testing/handlers';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

async function fillAndSubmit(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  // The login page is a lazy route: wait for its form.
  await screen.findByRole('button', { name: 'Đăng nhập' });
  if (email) await user.type(screen.getByLabelText('Thư điện tử'), email);
  if (password) await user.type(screen.getByLabelText('Mật khẩu'), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('login route', () => {
  it('redirects a signed-out visitor to the login form', async () => {
    server.use(...signedOut);
    const { router } = renderApp('/units');
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });

  it('validates the fields in Vietnamese', async () => {
    const { user } = renderApp('/login');
    await fillAndSubmit(user, '', '');
    expect(await screen.findByText('Vui lòng nhập thư điện tử')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập mật khẩu')).toBeTruthy();

    await user.type(screen.getByLabelText('Thư điện tử'), 'khong-phai-email');
    expect(await screen.findByText('Thư điện tử không hợp lệ')).toBeTruthy();
  });

  it('shows a clear message for a wrong password', async () => {
    server.use(
      http.post('/auth/login', () =>
        HttpResponse.json({ title: 'Unauthorized', status: 401, detail: 'Failed' }, { status: 401 }),
      ),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user, 'admin@onestop.local', 'sai-mat-khau');
    expect((await screen.findByRole('alert')).textContent).toContain('Thư điện tử hoặc mật khẩu không đúng');
  });

  it('tells a locked-out user to wait', async () => {
    server.use(
      http.post('/auth/login', () => HttpResponse.json({ status: 401, detail: 'LockedOut' }, { status: 401 })),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user, 'admin@onestop.local', 'sai-mat-khau');
    expect((await screen.findByRole('alert')).textContent).toContain('tạm thời bị khóa');
  });

  // 20–25 s alone on a 2-core machine; more route tests running beside it push it past the 30 s default.
  it('signs in with the demo account picked from the server list and opens the shell', { timeout: 60_000 }, async () => {
    let body: unknown;
    let signedIn = false;
    server.use(
      http.get('/auth/demo-accounts', () =>
        HttpResponse.json([{ email: 'admin@onestop.local', role: 'ADMIN', unit: 'Tỉnh Quảng Nam' }]),
      ),
      http.post('/auth/login', async ({ request }) => {
        body = await request.json();
        signedIn = true;
        return new HttpResponse(null, { status: 200 });
      }),
      graphql.query(AppShellDocument, () =>
        HttpResponse.json({ data: { me: signedIn ? { id: admin.id, ...userSummary() } : null } }),
      ),
    );
    const { user, router } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: 'Dùng tài khoản admin@onestop.local' }));
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(body).toEqual({ email: 'admin@onestop.local', password: 'OneStop@2020' });
    expect(await screen.findByText('Xin chào, Nguyễn Văn An')).toBeTruthy();
  });
});
