import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { paths } from '@/config/paths';
import { PublicLookup } from '@/features/dossiers/components/public-lookup';

// Public: outside the signed-in shell, so no redirect to /login; sized for a phone (360 px and up).
export function PublicLookupRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 12, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 480, alignSelf: 'flex-start' }}>
        <Flex justify="space-between" align="start" gap={8}>
          <div>
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              {t('dossiers.lookup.title')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('app.fullName')}</Typography.Paragraph>
          </div>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph>{t('dossiers.lookup.intro')}</Typography.Paragraph>
        <PublicLookup initialCode={params.get('code') ?? ''} />
        <Typography.Paragraph style={{ marginTop: 24, textAlign: 'center' }}>
          <Link to={paths.login}>{t('dossiers.lookup.signIn')}</Link>
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
