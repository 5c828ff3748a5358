import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  AppShellDocument,
  PublicLookupDocument,
  PublicRatingRateDocument,
  RatingLookupDocument,
  type PublicRatingRateMutationVariables,
} from '@/gql/graphql';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';
import { evaluation, RATED_CODE } from '@/testing/satisfaction-fixtures';

const usedError = { __typename: 'RatingTokenUsedError' as const, code: 'TOKEN_USED', message: 'Mã đánh giá đã được sử dụng.' };

describe('public rating page', () => {
  it('rates without signing in: reason required for Not satisfied, typed errors shown, then the nine indices', async () => {
    const sent: PublicRatingRateMutationVariables[] = [];
    let shellQueried = false;
    server.use(
      graphql.query(AppShellDocument, () => {
        shellQueried = true;
        return HttpResponse.json({ data: { me: null } });
      }),
      graphql.mutation(PublicRatingRateDocument, ({ variables }) => {
        sent.push(variables);
        // The first attempt finds the link already used; the second (a fresh link) succeeds.
        return HttpResponse.json({
          data: {
            rateDossier:
              variables.input.token === 'used-token'
                ? { rating: null, changeLink: null, evaluation: null, errors: [usedError] }
                : {
                    rating: { level: 'NOT_SATISFIED' as const },
                    changeLink: { url: `/danh-gia/${RATED_CODE}?t=change`, expiresAt: '2026-11-27T03:00:00Z' },
                    evaluation: { code: RATED_CODE, ...evaluation('NOT_SATISFIED', { status: 'OPEN', outcome: null }) },
                    errors: [],
                  },
          },
        });
      }),
    );
    const { user, unmount } = renderApp(`/danh-gia/${RATED_CODE}?t=used-token`);
    expect(await screen.findByRole('heading', { name: 'Đánh giá mức độ hài lòng' })).toBeTruthy();
    expect(screen.getByText(`Ông/bà hài lòng thế nào với việc giải quyết hồ sơ ${RATED_CODE}?`)).toBeTruthy();

    await user.click(within(screen.getByRole('radiogroup', { name: 'Mức độ hài lòng' })).getByRole('radio', { name: /Không hài lòng/ }));
    await user.click(screen.getByRole('button', { name: /Gửi đánh giá$/ }));
    expect(await screen.findByText('Vui lòng nêu lý do không hài lòng')).toBeTruthy();
    expect(sent).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Lý do không hài lòng'), { target: { value: '  Chờ lâu tại quầy ' } });
    await user.click(within(screen.getByRole('radiogroup', { name: 'Đánh giá tổng thể dịch vụ' })).getByRole('radio', { name: 'Hài lòng' }));
    await user.click(screen.getByRole('button', { name: /Gửi đánh giá$/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Đường dẫn đánh giá này đã được sử dụng. Mỗi đường dẫn chỉ dùng được một lần.');
    expect(sent[0]).toEqual({
      input: {
        token: 'used-token',
        code: RATED_CODE,
        level: 'NOT_SATISFIED',
        reason: 'Chờ lâu tại quầy',
        answers: [{ question: 'OVERALL', level: 'SATISFIED' }],
      },
    });
    unmount();

    const fresh = renderApp(`/danh-gia/${RATED_CODE}?t=fresh-token`);
    await fresh.user.click(within(await screen.findByRole('radiogroup', { name: 'Mức độ hài lòng' })).getByRole('radio', { name: /Không hài lòng/ }));
    fireEvent.change(screen.getByLabelText('Lý do không hài lòng'), { target: { value: 'Chờ lâu tại quầy' } });
    await fresh.user.click(screen.getByRole('button', { name: /Gửi đánh giá$/ }));
    expect(await screen.findByText('Cảm ơn ông/bà đã đánh giá!')).toBeTruthy();
    expect(screen.getByTestId('rated-level').textContent).toBe('Không hài lòng');
    expect(within(screen.getByTestId('index-1')).getByText('2/2 điểm')).toBeTruthy();
    expect(within(screen.getByTestId('index-5')).getByText('Chưa có dữ liệu')).toBeTruthy();
    expect(screen.getByText('Tổng điểm các chỉ số có dữ liệu: 9')).toBeTruthy();
    expect(within(screen.getByTestId('citizen-follow-up')).getByText('Đang xử lý, hạn trả lời 11/12/2026')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Thay đổi đánh giá (đến 27/11/2026 10:00)' }).getAttribute('href')).toBe(`/danh-gia/${RATED_CODE}?t=change`);
    expect(shellQueried).toBe(false);
  }, 90_000);

  it('later shows the follow-up outcome to the citizen with the code and the last four phone digits', async () => {
    server.use(
      graphql.query(RatingLookupDocument, ({ variables }) =>
        HttpResponse.json({
          data: {
            dossierRating:
              variables.phoneLast4 === '3456'
                ? { code: RATED_CODE, ...evaluation('NOT_SATISFIED', { status: 'RESOLVED', outcome: 'Đã xin lỗi công dân và chấn chỉnh bộ phận.' }) }
                : null,
          },
        }),
      ),
    );
    const { user } = renderApp(`/danh-gia/${RATED_CODE}`);
    expect(await screen.findByText(/Mở trang này từ đường dẫn hoặc mã QR/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).toBeNull();
    await user.click(screen.getByLabelText('4 số cuối điện thoại'));
    await user.paste('0000');
    await user.click(screen.getByRole('button', { name: /Xem$/ }));
    expect(await screen.findByText('Không tìm thấy hồ sơ khớp với mã và số điện thoại đã nhập.')).toBeTruthy();
    await user.clear(screen.getByLabelText('4 số cuối điện thoại'));
    await user.click(screen.getByLabelText('4 số cuối điện thoại'));
    await user.paste('3456');
    await user.click(screen.getByRole('button', { name: /Xem$/ }));
    expect(await screen.findByText('Đã xin lỗi công dân và chấn chỉnh bộ phận.')).toBeTruthy();
    expect(screen.getByText('Kết quả xử lý')).toBeTruthy();
  });

  it('the public lookup of a returned dossier offers its rating link (the path from the receipt QR)', async () => {
    server.use(
      graphql.query(AppShellDocument, () => HttpResponse.json({ data: { me: null } })),
      graphql.query(PublicLookupDocument, () =>
        HttpResponse.json({
          data: {
            publicDossierStatus: {
              code: RATED_CODE,
              status: 'RETURNED' as const,
              procedureName: 'Cấp giấy phép xây dựng',
              receivedAt: '2026-11-16T02:00:00Z',
              appointmentAt: '2026-11-20T10:00:00Z',
              returnedAt: '2026-11-20T03:00:00Z',
              timeline: [],
              ratingLink: { url: `/danh-gia/${RATED_CODE}?t=receipt-token` },
            },
          },
        }),
      ),
    );
    const { user, router } = renderApp(`/lookup?code=${RATED_CODE}`);
    await user.click(await screen.findByLabelText('4 số cuối điện thoại'));
    await user.paste('3456');
    await user.click(screen.getByRole('button', { name: /Tra cứu$/ }));
    await user.click(await screen.findByRole('button', { name: 'Đánh giá mức độ hài lòng' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/danh-gia/${RATED_CODE}`));
    expect(router.state.location.search).toBe('?t=receipt-token');
    expect(await screen.findByRole('button', { name: 'Gửi đánh giá' })).toBeTruthy();
  });
});
