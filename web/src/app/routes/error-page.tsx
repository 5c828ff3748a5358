import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { StatusPage } from '@/components/ui/status-page';
import { paths } from '@/config/paths';
import { NotFoundRoute } from './not-found';

// Route error boundary: a plain message for the user, details only in the console.
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();

  useEffect(() => {
    console.error(error);
  }, [error]);

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;

  return (
    <StatusPage
      status="error"
      title={t('errors.title')}
      description={t('errors.description')}
      actionLabel={t('errors.backHome')}
      // A full load resets whatever state broke the page.
      onAction={() => window.location.assign(paths.home)}
    />
  );
}
