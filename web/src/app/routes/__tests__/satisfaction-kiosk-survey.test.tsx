import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  AppShellDocument,
  RatingKioskRateDocument,
  RatingKioskStartDocument,
  SatisfactionViewerDocument,
  SurveyFormDocument,
  SurveyFormSubmitDocument,
  type RatingKioskRateMutationVariables,
  type Role,
  type SurveyFormSubmitMutationVariables,
} from '@/gql/graphql';
import { admin } from '@/testing/fixtures';
import { server } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';
import { RATED_CODE } from '@/testing/satisfaction-fixtures';

const viewer = (roles: Role[]) => graphql.query(SatisfactionViewerDocument, () => HttpResponse.json({ data: { me: { id: admin.id, roles } } }));

describe('desk kiosk', () => {
  it('the receptionist starts a session, the citizen rates on big targets, and the screen resets for the next one', async () => {
    const rated: RatingKioskRateMutationVariables[] = [];
    server.use(
      viewer(['RECEPTIONIST']),
      graphql.mutation(RatingKioskStartDocument, ({ variables }) =>
        HttpResponse.json({
          data: {
            startRatingKiosk:
              variables.input.code === RATED_CODE
                ? { session: { dossierCode: RATED_CODE, token: 'kiosk-token', expiresAt: '2026-11-26T03:10:00Z' }, errors: [] }
                : { session: null, errors: [{ __typename: 'NotFoundError' as const, code: 'NOT_FOUND', message: `Không tìm thấy hồ sơ ${variables.input.code}.` }] },
          },
        }),
      ),
      graphql.mutation(RatingKioskRateDocument, ({ variables }) => {
        rated.push(variables);
        return HttpResponse.json({ data: { rateDossier: { rating: { level: variables.input.level }, errors: [] } } });
      }),
    );
    // The desk has no dashboard: the section opens on the kiosk.
    const { user, router } = renderApp('/satisfaction');
    await waitFor(() => expect(router.state.location.pathname).toBe('/satisfaction/kiosk'));
    expect(await screen.findByRole('heading', { name: 'Kiosk đánh giá tại quầy' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Tổng hợp' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Mã hồ sơ tại quầy'), { target: { value: 'khong-co' } });
    await user.click(screen.getByRole('button', { name: /Mời công dân đánh giá$/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Không tìm thấy hồ sơ KHONG-CO');

    fireEvent.change(screen.getByLabelText('Mã hồ sơ tại quầy'), { target: { value: RATED_CODE.toLowerCase() } });
    await user.click(screen.getByRole('button', { name: /Mời công dân đánh giá$/ }));
    expect(await screen.findByRole('heading', { name: `Mời ông/bà đánh giá cán bộ tại quầy cho hồ sơ ${RATED_CODE}` })).toBeTruthy();
    // No optional questions at the counter: one tap and send.
    expect(screen.queryByRole('radiogroup', { name: 'Đánh giá tổng thể dịch vụ' })).toBeNull();
    await user.click(within(screen.getByRole('radiogroup', { name: 'Mức độ hài lòng' })).getByRole('radio', { name: /Rất hài lòng/ }));
    await user.click(screen.getByRole('button', { name: /Gửi đánh giá$/ }));
    expect(await screen.findByText('Cảm ơn ông/bà! Màn hình sẽ sẵn sàng cho lượt tiếp theo.')).toBeTruthy();
    expect(rated[0]).toEqual({ input: { token: 'kiosk-token', code: RATED_CODE, level: 'VERY_SATISFIED', reason: null, answers: [] } });

    await user.click(screen.getByRole('button', { name: 'Lượt tiếp theo' }));
    expect(await screen.findByLabelText('Mã hồ sơ tại quầy')).toBeTruthy();
  }, 90_000);
});

const QUESTIONS = [4, 5, 6, 3, 4].flatMap((n, e) =>
  Array.from({ length: n }, (_, k) => ({ code: `${e + 1}.${k + 1}`, element: e + 1, elementName: `Yếu tố số ${e + 1}`, text: `Tiêu chí ${e + 1}.${k + 1}` })),
);

describe('SIPAS survey page', () => {
  it('answers the 22 criteria anonymously on the 5-point scale with the invitation token', async () => {
    const submitted: SurveyFormSubmitMutationVariables[] = [];
    let shellQueried = false;
    server.use(
      graphql.query(AppShellDocument, () => {
        shellQueried = true;
        return HttpResponse.json({ data: { me: null } });
      }),
      graphql.query(SurveyFormDocument, ({ variables }) =>
        HttpResponse.json({
          data: {
            surveyInvitation:
              variables.token === 'invite-1'
                ? { campaignName: 'Khảo sát SIPAS quý 3/2026', unitName: 'UBND thành phố Tam Kỳ', used: false, questions: QUESTIONS }
                : variables.token === 'invite-used'
                  ? { campaignName: 'Khảo sát SIPAS quý 3/2026', unitName: 'UBND thành phố Tam Kỳ', used: true, questions: QUESTIONS }
                  : null,
          },
        }),
      ),
      graphql.mutation(SurveyFormSubmitDocument, ({ variables }) => {
        submitted.push(variables);
        return HttpResponse.json({ data: { submitSurveyResponse: { errors: [] } } });
      }),
    );
    const { user, unmount } = renderApp('/khao-sat?t=invite-1');
    expect(await screen.findByText('Khảo sát SIPAS quý 3/2026')).toBeTruthy();
    expect(screen.getByText('Yếu tố 3: Yếu tố số 3')).toBeTruthy();
    const groups = screen.getAllByRole('radiogroup', { name: /^\d\.\d+\. Tiêu chí/ });
    expect(groups).toHaveLength(22);
    const [firstGroup, ...others] = groups;
    if (!firstGroup) throw new Error('no criteria');
    await user.click(within(firstGroup).getByRole('radio', { name: '4 – Hài lòng' }));
    await user.click(screen.getByRole('button', { name: /Gửi phiếu$/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Vui lòng chấm đủ các tiêu chí');
    expect(submitted).toHaveLength(0);
    for (const group of others) fireEvent.click(within(group).getByRole('radio', { name: '5 – Rất hài lòng' }));
    expect(screen.getByText('Đã chấm 22/22 tiêu chí')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Gửi phiếu$/ }));
    expect(await screen.findByText('Cảm ơn ông/bà đã tham gia khảo sát!')).toBeTruthy();
    expect(submitted[0]?.input.token).toBe('invite-1');
    expect(submitted[0]?.input.answers).toHaveLength(22);
    expect(submitted[0]?.input.answers[0]).toEqual({ criterionCode: '1.1', score: 4 });
    expect(submitted[0]?.input.answers[21]).toEqual({ criterionCode: '5.4', score: 5 });
    expect(shellQueried).toBe(false);
    unmount();

    renderApp('/khao-sat?t=invite-used');
    expect((await screen.findByRole('alert')).textContent).toContain('Phiếu khảo sát này đã được trả lời.');
  }, 90_000);

  it('says clearly when the link is not valid', async () => {
    server.use(graphql.query(SurveyFormDocument, () => HttpResponse.json({ data: { surveyInvitation: null } })));
    renderApp('/khao-sat?t=nope');
    expect((await screen.findByRole('alert')).textContent).toContain('Đường dẫn khảo sát không hợp lệ.');
  });
});
