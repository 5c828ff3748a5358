import { Flex, Layout, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import type { FeatureKey } from '@/config/features';
import { paths } from '@/config/paths';
import { graphql } from '@/gql';
import { AppHeader } from './app-header';
import { SideMenu } from './side-menu';

const AppShellQuery = graphql(`
  query AppShell {
    me {
      id
      ...UserSummary_me
    }
  }
`);

type Props = { available: ReadonlySet<FeatureKey> };

// Guards every signed-in route: `me` is null without a valid session cookie.
export function AppShell({ available }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: AppShellQuery });

  if (fetching && !data) {
    return <Spin fullscreen description={t('common.loading')} />;
  }
  if (error && !data) throw error;
  if (!data?.me) {
    return <Navigate to={paths.login} replace state={{ from: location.pathname }} />;
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={220}>
        <Flex vertical align="center" style={{ padding: '20px 12px' }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
        </Flex>
        <SideMenu available={available} />
      </Layout.Sider>
      <Layout>
        <AppHeader me={data.me} />
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
