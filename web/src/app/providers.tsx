import AntApp from 'antd/es/app';
import ConfigProvider from 'antd/es/config-provider';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Client } from 'urql';
import { setDayjsLocale } from '@/lib/dates';
import { createGraphqlClient } from '@/lib/graphql-client';
import { currentLanguage, i18n } from '@/lib/i18n';
import { usePrefersReducedMotion } from '@/lib/reduced-motion';
import { ErrorToaster } from './error-toaster';
import { SessionProvider } from './session';

const ANTD_LOCALES = { vi: viVN, en: enUS } as const;

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // antd animates every popup open and close; someone who asked the system for less motion gets them at once.
  const motion = !usePrefersReducedMotion();

  useEffect(() => {
    setDayjsLocale(language);
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);

  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6, motion } }}>
      <AntApp notification={{ maxCount: 4 }}>
        <ErrorToaster />
        {children}
      </AntApp>
    </ConfigProvider>
  );
}

type Props = { children: ReactNode; createClient?: () => Client };

export function AppProviders({ children, createClient = createGraphqlClient }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedAntd>
        <SessionProvider createClient={createClient}>{children}</SessionProvider>
      </LocalizedAntd>
    </I18nextProvider>
  );
}
