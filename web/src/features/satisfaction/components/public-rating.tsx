import { Alert, Divider, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import type { PublicRatingRateMutation } from '@/gql/graphql';
import { firstErrorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { EvaluationView } from './evaluation-view';
import { RatingForm, toRatingInput, type RatingValues } from './rating-form';
import { RatingLookup } from './rating-lookup';

const PublicRatingRateMutation = graphql(`
  mutation PublicRatingRate($input: RateDossierInput!) {
    rateDossier(input: $input) {
      rating {
        level
      }
      changeLink {
        url
        expiresAt
      }
      evaluation {
        code
        ...EvaluationView_evaluation
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

type Rated = NonNullable<PublicRatingRateMutation['rateDossier']>;

/**
 * The rating page the receipt's link/QR opens (`/danh-gia/{code}?t={token}`): no sign-in. With a token it asks for
 * the rating; afterwards (or without a token) it shows the rating, the nine indices and the follow-up outcome.
 */
export function PublicRating({ code, token }: { code: string; token: string | null }) {
  const { t } = useTranslation();
  const [{ fetching }, rate] = useMutation(PublicRatingRateMutation);
  const [rated, setRated] = useState<Rated | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(values: RatingValues) {
    setError(null);
    const result = await rate({ input: { token: token ?? '', code, ...toRatingInput(values) } });
    const payload = result.data?.rateDossier;
    if (!payload) return;
    const message = firstErrorMessage(t, payload.errors);
    if (message) setError(message);
    else setRated(payload);
  }

  if (rated) {
    return (
      <>
        <Result status="success" title={t('satisfaction.rate.thanks')} style={{ padding: '16px 0' }} />
        {rated.changeLink && (
          <Typography.Paragraph style={{ textAlign: 'center' }}>
            <a href={rated.changeLink.url}>
              {t('satisfaction.rate.change', { until: formatDateTime(rated.changeLink.expiresAt) })}
            </a>
          </Typography.Paragraph>
        )}
        {rated.evaluation && <EvaluationView evaluation={rated.evaluation} />}
      </>
    );
  }
  return (
    <>
      {token ? (
        <>
          <Typography.Paragraph style={{ fontSize: 16 }}>{t('satisfaction.rate.intro', { code })}</Typography.Paragraph>
          {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
          <RatingForm onSubmit={(v) => void submit(v)} submitting={fetching} />
        </>
      ) : (
        <Alert type="info" showIcon title={t('satisfaction.rate.noToken')} action={<Link to={`/lookup?code=${encodeURIComponent(code)}`}>{t('satisfaction.rate.toLookup')}</Link>} />
      )}
      <Divider />
      <RatingLookup initialCode={code} />
    </>
  );
}
