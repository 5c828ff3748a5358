import { screen, waitFor, within } from '@testing-library/react';
import { graphql } from 'msw';
import { describe, expect, it } from 'vitest';
import { ProceduresRoutePageDocument, type ProceduresRoutePageQueryVariables } from '@/gql/graphql';
import { signedOut } from '@/testing/handlers';
import { server } from '@/testing/mock-server';
import { procedureHandlers } from '@/testing/procedures';
import { renderApp } from '@/testing/render-app';

function recordPages() {
  const seen: ProceduresRoutePageQueryVariables[] = [];
  server.use(
    graphql.query(ProceduresRoutePageDocument, ({ variables }) => {
      seen.push(variables);
      return undefined;
    }),
  );
  return seen;
}

describe('procedure catalogue route', () => {
  it('is open to anonymous visitors and searches without diacritics', async () => {
    server.use(...procedureHandlers(null), ...signedOut);
    const seen = recordPages();
    const { user, router } = renderApp('/procedures');

    expect(await screen.findByRole('heading', { name: 'Danh mục thủ tục hành chính' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Đăng nhập/ })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/procedures'));
    // Anonymous visitors see published procedures only: no status filter, no editor or health links.
    expect(screen.queryByRole('combobox', { name: 'Trạng thái' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Thêm thủ tục/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Tình trạng danh mục/ })).toBeNull();

    await user.click(screen.getByRole('searchbox', { name: 'Tìm thủ tục' }));
    await user.paste('dang ky khai sinh');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(seen.at(-1)?.where).toEqual({ search: 'dang ky khai sinh' }));
    expect(seen.at(-1)?.first).toBe(20);
    const table = screen.getByRole('table');
    expect(await within(table).findByRole('link', { name: 'Đăng ký khai sinh' })).toBeTruthy();
    await waitFor(() => expect(within(table).queryByText('Đăng ký khai tử')).toBeNull());
    expect(router.state.location.search).toBe('?q=dang+ky+khai+sinh');
    expect(screen.getByText(/Tổng số: 1 thủ tục/)).toBeTruthy();
    // First test of the file: it pays for importing antd cold, slow on a busy two-core machine.
  }, 90_000);

  it('keeps private pages of the feature behind sign-in', async () => {
    server.use(...procedureHandlers(null), ...signedOut);
    const { router } = renderApp('/procedures/health');
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });

  it('sends the filters from the URL and a level picked in the form', async () => {
    server.use(...procedureHandlers());
    const seen = recordPages();
    const { user } = renderApp('/procedures?expired=true&unit=QNA-TK&sync=OUT_OF_DATE');
    await waitFor(() =>
      expect(seen.at(-1)?.where).toEqual({ citesExpiredLaw: true, unitCode: 'QNA-TK', syncState: 'OUT_OF_DATE' }),
    );
    const table = await screen.findByRole('table');
    expect(await within(table).findByText('Viện dẫn văn bản hết hiệu lực')).toBeTruthy();

    await user.click(screen.getByRole('combobox', { name: 'Cấp thực hiện' }));
    await user.click(await screen.findByTitle('Cấp xã'));
    await waitFor(() =>
      expect(seen.at(-1)?.where).toEqual({ citesExpiredLaw: true, unitCode: 'QNA-TK', syncState: 'OUT_OF_DATE', level: 'COMMUNE' }),
    );
    // Signed-in users may ask for drafts or retired procedures.
    expect(screen.getByRole('combobox', { name: 'Trạng thái' })).toBeTruthy();
  });

  it('pages forward and back with keyset cursors', async () => {
    server.use(...procedureHandlers());
    const seen = recordPages();
    const { user } = renderApp('/procedures');
    const table = await screen.findByRole('table');
    expect(await within(table).findByText('Đăng ký khai sinh')).toBeTruthy();
    expect(screen.getByText(/Trang 1/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    await waitFor(() => expect(seen.at(-1)?.after).toBe('cursor-2'));
    expect(await within(table).findByText('Đăng ký đất đai lần đầu')).toBeTruthy();
    expect(screen.getByText(/Trang 2/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Trang sau' }) as HTMLButtonElement).disabled).toBe(true);

    // Back to the first page (served from urql's cache).
    await user.click(screen.getByRole('button', { name: 'Trang trước' }));
    expect(await within(table).findByText('Đăng ký khai sinh')).toBeTruthy();
    expect(screen.getByText(/Trang 1/)).toBeTruthy();
  });

  it('shows the menu entry and the admin actions when signed in', async () => {
    server.use(...procedureHandlers());
    renderApp('/procedures');
    const menu = await screen.findByRole('menu', { name: 'Điều hướng chính' });
    expect(within(menu).getByText('Thủ tục')).toBeTruthy();
    expect(await screen.findByRole('button', { name: /Thêm thủ tục/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Tình trạng danh mục/ })).toBeTruthy();
  });
});
