import ApiOutlined from '@ant-design/icons/es/icons/ApiOutlined';
import LogoutOutlined from '@ant-design/icons/es/icons/LogoutOutlined';
import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Layout from 'antd/es/layout';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { featurePath } from '@/config/features';
import { paths } from '@/config/paths';
import { AlertBell } from '@/features/alerts/components/alert-bell';
import { signOut } from '@/features/auth/api/sign-in';
import { UserSummary } from '@/features/auth/components/user-summary';
import type { FragmentType } from '@/gql';
import type { UserSummaryFragment } from '@/features/auth/components/user-summary';
import { useSession } from '../session';

type Props = { me: FragmentType<typeof UserSummaryFragment> };

export function AppHeader({ me }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();

  async function logout() {
    await signOut();
    session.restart();
    await navigate(paths.login, { replace: true });
  }

  return (
    <Layout.Header style={{ background: '#fff', paddingInline: 24, borderBottom: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" align="center" style={{ height: '100%' }} gap={16}>
        <UserSummary me={me} />
        <Flex align="center" gap={12}>
          <AlertBell alertsPath={featurePath('deadline-alerts')} />
          <LanguageSwitch />
          <Button type="link" icon={<ApiOutlined />} href={paths.graphqlIde} target="_blank" rel="noopener">
            {t('header.graphqlIde')}
          </Button>
          <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
            {t('header.logout')}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
