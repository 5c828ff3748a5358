import { Alert, Button, Card, Flex, Form, Input, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import { firstErrorMessage } from '../lib/errors';
import { RatingForm, toRatingInput, type RatingValues } from './rating-form';

const RatingKioskStartMutation = graphql(`
  mutation RatingKioskStart($input: StartRatingKioskInput!) {
    startRatingKiosk(input: $input) {
      session {
        dossierCode
        token
        expiresAt
      }
      errors {
        __typename
        ... on UserError {
          code
          message
        }
      }
    }
  }
`);

const RatingKioskRateMutation = graphql(`
  mutation RatingKioskRate($input: RateDossierInput!) {
    rateDossier(input: $input) {
      rating {
        level
      }
      errors {
        __typename
        ... on UserError {
          code
          message
        }
      }
    }
  }
`);

type Session = { dossierCode: string; token: string };
type Stage = { kind: 'start' } | { kind: 'rate'; session: Session } | { kind: 'done' };

/** How long the thank-you stays before the screen is ready for the next citizen. */
export const KIOSK_RESET_MS = 5000;

/**
 * The desk kiosk: the receptionist starts a short-lived session for the dossier at the counter, the citizen rates
 * the officer on big touch targets, and the screen resets for the next one.
 */
export function RatingKiosk() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ kind: 'start' });
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: starting }, start] = useMutation(RatingKioskStartMutation);
  const [{ fetching: rating }, rate] = useMutation(RatingKioskRateMutation);

  useEffect(() => {
    if (stage.kind !== 'done') return;
    const timer = window.setTimeout(() => setStage({ kind: 'start' }), KIOSK_RESET_MS);
    return () => window.clearTimeout(timer);
  }, [stage]);

  async function begin({ code }: { code: string }) {
    setError(null);
    const payload = (await start({ input: { code: code.trim().toUpperCase() } })).data?.startRatingKiosk;
    if (!payload) return;
    const message = firstErrorMessage(t, payload.errors);
    if (message) setError(message);
    else if (payload.session) setStage({ kind: 'rate', session: payload.session });
  }

  async function submit(session: Session, values: RatingValues) {
    setError(null);
    const payload = (await rate({ input: { token: session.token, code: session.dossierCode, ...toRatingInput(values) } })).data?.rateDossier;
    if (!payload) return;
    const message = firstErrorMessage(t, payload.errors);
    if (message) setError(message);
    else setStage({ kind: 'done' });
  }

  return (
    <Flex justify="center">
      <Card style={{ width: '100%', maxWidth: 720 }}>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t('satisfaction.kiosk.title')}
        </Typography.Title>
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16, fontSize: 18 }} />}
        {stage.kind === 'start' && (
          <Form<{ code: string }> layout="vertical" onFinish={(v) => void begin(v)}>
            <Typography.Paragraph>{t('satisfaction.kiosk.intro')}</Typography.Paragraph>
            <Form.Item name="code" label={t('satisfaction.kiosk.code')} rules={[{ required: true, whitespace: true }]}>
              <Input size="large" autoCapitalize="characters" autoComplete="off" />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={starting}>
              {t('satisfaction.kiosk.start')}
            </Button>
          </Form>
        )}
        {stage.kind === 'rate' && (
          <>
            <Typography.Title level={3}>{t('satisfaction.kiosk.prompt', { code: stage.session.dossierCode })}</Typography.Title>
            <RatingForm large optional={false} submitting={rating} onSubmit={(v) => void submit(stage.session, v)} />
            <Button block size="large" style={{ marginTop: 16 }} onClick={() => setStage({ kind: 'start' })}>
              {t('satisfaction.kiosk.cancel')}
            </Button>
          </>
        )}
        {stage.kind === 'done' && (
          <Result
            status="success"
            title={<span style={{ fontSize: 28 }}>{t('satisfaction.kiosk.thanks')}</span>}
            extra={
              <Button type="primary" size="large" onClick={() => setStage({ kind: 'start' })}>
                {t('satisfaction.kiosk.next')}
              </Button>
            }
          />
        )}
      </Card>
    </Flex>
  );
}
