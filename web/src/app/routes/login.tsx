import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';
import { useSession } from '../session';

function redirectTarget(state: unknown): string {
  if (state && typeof state === 'object' && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/') && state.from !== paths.login ? state.from : paths.home;
  }
  return paths.home;
}

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();

  function onSignedIn() {
    session.restart();
    void navigate(redirectTarget(location.state), { replace: true });
  }

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 520 }}>
        <Flex justify="space-between" align="start" gap={8}>
          <div>
            <Typography.Title level={2} style={{ marginTop: 0 }}>{t('login.title')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('app.fullName')}</Typography.Paragraph>
          </div>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph>{t('login.subtitle')}</Typography.Paragraph>
        <LoginForm onSignedIn={onSignedIn} />
      </Card>
    </Flex>
  );
}
