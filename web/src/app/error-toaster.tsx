import App from 'antd/es/app';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onError } from '@/lib/error-events';

// Shows transport and GraphQL errors of every operation as a toast (R21 channel a).
export function ErrorToaster() {
  const { notification } = App.useApp();
  const { t } = useTranslation();

  useEffect(
    () =>
      onError((error) => {
        const serverMessage = error.graphQLErrors[0]?.message;
        notification.error({
          key: 'graphql-error',
          title: t('errors.toastTitle'),
          description: error.networkError || !serverMessage ? t('errors.network') : t('errors.server', { message: serverMessage }),
        });
      }),
    [notification, t],
  );

  return null;
}
