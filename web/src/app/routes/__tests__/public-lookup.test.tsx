import { screen, waitFor } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AppShellDocument, PublicLookupDocument, type PublicLookupQueryVariables } from '@/gql/graphql';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

const CODE = '000.00.21.H47-261126-0001';

describe('public lookup', () => {
  it('needs no sign-in and shows status, appointment and timeline for code + last 4 phone digits', async () => {
    const asked: PublicLookupQueryVariables[] = [];
    let shellQueried = false;
    server.use(
      graphql.query(AppShellDocument, () => {
        shellQueried = true;
        return HttpResponse.json({ data: { me: null } });
      }),
      graphql.query(PublicLookupDocument, ({ variables }) => {
        asked.push(variables);
        const found = variables.phoneLast4 === '3456';
        return HttpResponse.json({
          data: {
            publicDossierStatus: found
              ? {
                  code: CODE,
                  status: 'IN_PROCESS' as const,
                  procedureName: 'Cấp giấy phép xây dựng',
                  receivedAt: '2026-11-26T02:00:00Z',
                  appointmentAt: '2026-12-17T10:00:00Z',
                  returnedAt: null,
                  ratingLink: null,
                  timeline: [
                    { at: '2026-11-26T02:00:00Z', action: 'RECEIVE' as const, status: 'RECEIVED' as const },
                    { at: '2026-11-26T03:00:00Z', action: 'ASSIGN' as const, status: 'IN_PROCESS' as const },
                  ],
                }
              : null,
          },
        });
      }),
    );
    const { user, router } = renderApp(`/lookup?code=${CODE}`);
    expect(await screen.findByRole('heading', { name: 'Tra cứu hồ sơ' })).toBeTruthy();
    expect((screen.getByLabelText('Mã hồ sơ') as HTMLInputElement).value).toBe(CODE);

    await user.click(screen.getByLabelText('4 số cuối điện thoại'));
    await user.paste('12');
    await user.click(screen.getByRole('button', { name: /Tra cứu$/ }));
    expect(await screen.findByText('Nhập đúng 4 chữ số')).toBeTruthy();

    await user.clear(screen.getByLabelText('4 số cuối điện thoại'));
    await user.click(screen.getByLabelText('4 số cuối điện thoại'));
    await user.paste('0000');
    await user.click(screen.getByRole('button', { name: /Tra cứu$/ }));
    expect(await screen.findByText('Không tìm thấy hồ sơ khớp với mã và số điện thoại đã nhập.')).toBeTruthy();

    await user.clear(screen.getByLabelText('4 số cuối điện thoại'));
    await user.click(screen.getByLabelText('4 số cuối điện thoại'));
    await user.paste('3456');
    await user.click(screen.getByRole('button', { name: /Tra cứu$/ }));
    expect((await screen.findByTestId('lookup-appointment')).textContent).toBe('17/12/2026 17:00');
    expect(screen.getByTestId('lookup-status').textContent).toBe('Đang xử lý');
    expect(screen.getByText(/Chuyển xử lý/)).toBeTruthy();
    await waitFor(() => expect(asked.at(-1)).toEqual({ code: CODE, phoneLast4: '3456' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/lookup'));
    expect(shellQueried).toBe(false);
  });

  it('still sends signed-out visitors of officer pages to the login', async () => {
    server.use(graphql.query(AppShellDocument, () => HttpResponse.json({ data: { me: null } })));
    const { router } = renderApp('/dossiers');
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });
});
