import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { EvaluationView } from './evaluation-view';

const RatingLookupQuery = graphql(`
  query RatingLookup($code: String!, $phoneLast4: String!) {
    dossierRating(code: $code, phoneLast4: $phoneLast4) {
      code
      ...EvaluationView_evaluation
    }
  }
`);

type Values = { code: string; phoneLast4: string };

/** Later visits: with the code and the phone's last four digits the citizen sees the rating, the indices and the outcome. */
export function RatingLookup({ initialCode }: { initialCode: string }) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState<Values | null>(null);
  const [{ data, fetching }] = useQuery({
    query: RatingLookupQuery,
    variables: asked ?? { code: '', phoneLast4: '' },
    pause: asked === null,
    requestPolicy: 'network-only',
  });
  const evaluation = data?.dossierRating;
  return (
    <>
      <Typography.Title level={5}>{t('satisfaction.rate.lookupTitle')}</Typography.Title>
      <Form<Values>
        layout="vertical"
        initialValues={{ code: initialCode, phoneLast4: '' }}
        onFinish={(v) => setAsked({ code: v.code.trim().toUpperCase(), phoneLast4: v.phoneLast4 })}
      >
        <Form.Item name="code" label={t('satisfaction.rate.code')} rules={[{ required: true, whitespace: true }]}>
          <Input autoCapitalize="characters" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phoneLast4"
          label={t('satisfaction.rate.phoneLast4')}
          rules={[{ required: true, pattern: /^\d{4}$/, message: t('satisfaction.rate.phoneLast4Invalid') }]}
        >
          <Input inputMode="numeric" maxLength={4} autoComplete="off" />
        </Form.Item>
        <Button htmlType="submit" block loading={fetching}>
          {t('satisfaction.rate.show')}
        </Button>
      </Form>
      {asked && data && !evaluation && <Alert style={{ marginTop: 16 }} type="warning" showIcon role="alert" title={t('satisfaction.rate.notFound')} />}
      {evaluation && <EvaluationView evaluation={evaluation} />}
    </>
  );
}
