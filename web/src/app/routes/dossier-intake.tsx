import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IntakeWizard } from '@/features/dossiers/components/intake-wizard';

export function DossierIntakeRoute() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2}>{t('dossiers.intake.title')}</Typography.Title>
      <IntakeWizard />
    </>
  );
}
