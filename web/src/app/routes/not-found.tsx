import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StatusPage } from '@/components/ui/status-page';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <StatusPage
      status="404"
      title={t('errors.notFoundTitle')}
      description={t('errors.notFoundDescription')}
      actionLabel={t('errors.backHome')}
      onAction={() => void navigate(paths.home)}
    />
  );
}
