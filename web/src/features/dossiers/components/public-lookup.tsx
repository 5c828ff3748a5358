import { Alert, Button, Card, Descriptions, Form, Input, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { formatDateTime } from '../lib/format';

const PublicLookupQuery = graphql(`
  query PublicLookup($code: String!, $phoneLast4: String!) {
    publicDossierStatus(code: $code, phoneLast4: $phoneLast4) {
      code
      status
      procedureName
      receivedAt
      appointmentAt
      returnedAt
      timeline {
        at
        action
        status
      }
      ratingLink {
        url
      }
    }
  }
`);

type Values = { code: string; phoneLast4: string };

// The citizen's view: status, appointment and timeline; the server sends no names, IDs or phones.
export function PublicLookup({ initialCode }: { initialCode: string }) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState<Values | null>(null);
  const [{ data, fetching }] = useQuery({
    query: PublicLookupQuery,
    variables: asked ?? { code: '', phoneLast4: '' },
    pause: asked === null,
  });
  const status = data?.publicDossierStatus;
  return (
    <>
      <Form<Values>
        layout="vertical"
        initialValues={{ code: initialCode, phoneLast4: '' }}
        onFinish={(values) => setAsked({ code: values.code.trim().toUpperCase(), phoneLast4: values.phoneLast4 })}
      >
        <Form.Item name="code" label={t('dossiers.lookup.code')} rules={[{ required: true, whitespace: true, message: t('dossiers.intake.required') }]}>
          <Input autoCapitalize="characters" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phoneLast4"
          label={t('dossiers.lookup.phoneLast4')}
          rules={[{ required: true, pattern: /^\d{4}$/, message: t('dossiers.lookup.phoneLast4Invalid') }]}
        >
          <Input inputMode="numeric" maxLength={4} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={fetching}>
          {t('dossiers.lookup.submit')}
        </Button>
      </Form>
      {asked && data && !status && <Alert style={{ marginTop: 16 }} type="warning" showIcon role="alert" title={t('dossiers.lookup.notFound')} />}
      {status && (
        <Card size="small" style={{ marginTop: 16 }} title={status.code} extra={<Tag color="blue">{t(`dossiers.status.${status.status}`)}</Tag>}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('dossiers.lookup.procedure')}>{status.procedureName}</Descriptions.Item>
            <Descriptions.Item label={t('dossiers.lookup.status')}>
              <span data-testid="lookup-status">{t(`dossiers.status.${status.status}`)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('dossiers.lookup.receivedAt')}>{formatDateTime(status.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('dossiers.lookup.appointmentAt')}>
              <strong data-testid="lookup-appointment">{formatDateTime(status.appointmentAt)}</strong>
            </Descriptions.Item>
            {status.returnedAt && (
              <Descriptions.Item label={t('dossiers.lookup.returnedAt')}>{formatDateTime(status.returnedAt)}</Descriptions.Item>
            )}
          </Descriptions>
          {status.ratingLink ? (
            <Link to={status.ratingLink.url}>
              <Button type="primary" block size="large" style={{ marginBottom: 16 }}>
                {t('dossiers.lookup.rate')}
              </Button>
            </Link>
          ) : (
            status.status === 'RETURNED' && (
              <Typography.Paragraph>
                <Link to={`/danh-gia/${encodeURIComponent(status.code)}`}>{t('dossiers.lookup.seeRating')}</Link>
              </Typography.Paragraph>
            )
          )}
          <Typography.Title level={5}>{t('dossiers.lookup.timeline')}</Typography.Title>
          <Timeline
            items={status.timeline.map((entry, i) => ({
              key: `${entry.at}-${i}`,
              content: (
                <>
                  <strong>{formatDateTime(entry.at)}</strong> — {t(`dossiers.action.${entry.action}`)} ({t(`dossiers.status.${entry.status}`)})
                </>
              ),
            }))}
          />
        </Card>
      )}
    </>
  );
}
