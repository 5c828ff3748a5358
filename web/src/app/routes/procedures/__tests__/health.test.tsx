import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/mock-server';
import { procedureHandlers } from '@/testing/procedures';
import { renderApp } from '@/testing/render-app';

describe('catalogue health route', () => {
  it('shows inspectors the units citing expired law first, linked to the filtered catalogue', async () => {
    server.use(...procedureHandlers(['INSPECTOR']));
    const { user, router } = renderApp('/procedures/health');
    // The first render of a file imports antd cold: allow it more than the usual 10 s on two cores.
    expect(await screen.findByRole('heading', { name: 'Tình trạng danh mục' }, { timeout: 25_000 })).toBeTruthy();
    expect(await screen.findByText('Số liệu tại ngày 02/06/2025')).toBeTruthy();
    expect(screen.getByText('Theo đơn vị (1 đơn vị viện dẫn văn bản hết hiệu lực)')).toBeTruthy();

    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0] as HTMLElement).getByText('Sở Tài nguyên và Môi trường')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Sở Tư pháp')).toBeTruthy();
    expect((rows[0] as HTMLElement).style.background).not.toBe('');

    const link = within(table).getByRole('link', { name: '4 thủ tục của Sở Tài nguyên và Môi trường viện dẫn văn bản hết hiệu lực' });
    expect(link.getAttribute('href')).toBe('/procedures?unit=QNA-STNMT&expired=true');
    expect(screen.getByRole('link', { name: 'Xem danh sách' }).getAttribute('href')).toBe('/procedures?expired=true');

    await user.click(screen.getByRole('switch', { name: 'Chỉ đơn vị viện dẫn văn bản hết hiệu lực' }));
    expect(within(table).queryByText('Sở Tư pháp')).toBeNull();

    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/procedures'));
    expect(router.state.location.search).toBe('?unit=QNA-STNMT&expired=true');
  });

  it('is refused to roles without supervision', async () => {
    server.use(...procedureHandlers(['RECEPTIONIST']));
    renderApp('/procedures/health');
    expect(await screen.findByText('Bạn không có quyền xem tình trạng danh mục')).toBeTruthy();
  });
});
