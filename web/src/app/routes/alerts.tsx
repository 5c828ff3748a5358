import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AlertsList } from '@/features/alerts/components/alerts-list';

export function AlertsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2}>{t('alerts.title')}</Typography.Title>
      <AlertsList />
    </>
  );
}
