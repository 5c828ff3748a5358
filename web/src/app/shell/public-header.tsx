import LoginOutlined from '@ant-design/icons/es/icons/LoginOutlined';
import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Layout from 'antd/es/layout';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { paths } from '@/config/paths';

type Props = { homePath: string };

// Header for anonymous visitors of public pages: the app name, the language and a way to sign in.
export function PublicHeader({ homePath }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <Layout.Header style={{ background: '#b71c1c', paddingInline: 24 }}>
      <Flex justify="space-between" align="center" style={{ height: '100%' }} gap={16}>
        <Link to={homePath}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
        </Link>
        <Flex align="center" gap={12}>
          <LanguageSwitch />
          <Button
            icon={<LoginOutlined />}
            onClick={() => void navigate(paths.login, { state: { from: location.pathname + location.search } })}
          >
            {t('login.submit')}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
