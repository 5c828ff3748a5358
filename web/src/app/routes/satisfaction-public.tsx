import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { PublicRating } from '@/features/satisfaction/components/public-rating';
import { SurveyForm } from '@/features/satisfaction/components/survey-form';

// Public pages outside the signed-in shell (no redirect to /login), sized for a phone (360 px and up).
function PhonePage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 12, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 560, alignSelf: 'flex-start' }}>
        <Flex justify="space-between" align="start" gap={8}>
          <div>
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              {title}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('app.fullName')}</Typography.Paragraph>
          </div>
          <LanguageSwitch />
        </Flex>
        {children}
      </Card>
    </Flex>
  );
}

/** `/danh-gia/{code}?t={token}`: the rating link of the return receipt (and of the public lookup). */
export function PublicRatingRoute() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  return (
    <PhonePage title={t('satisfaction.rate.title')}>
      <PublicRating key={`${code}:${params.get('t') ?? ''}`} code={code} token={params.get('t')} />
    </PhonePage>
  );
}

/** `/khao-sat?t={token}`: one SIPAS invitation. */
export function PublicSurveyRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <PhonePage title={t('satisfaction.survey.title')}>
      <SurveyForm token={params.get('t') ?? ''} />
    </PhonePage>
  );
}
