import Flex from 'antd/es/flex';
import Layout from 'antd/es/layout';
import Spin from 'antd/es/spin';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useMatches, type UIMatch } from 'react-router';
import { useQuery } from 'urql';
import type { FeatureKey } from '@/config/features';
import { paths } from '@/config/paths';
import { graphql, readFragment } from '@/gql';
import { UserSummary_MeFragmentDoc } from '@/gql/graphql';
import { AppHeader } from './app-header';
import { PublicHeader } from './public-header';
import { SideMenu } from './side-menu';

const AppShellQuery = graphql(`
  query AppShell {
    me {
      id
      ...UserSummary_me
    }
  }
`);

/** Route `handle` of pages anonymous visitors may open (published data the province must make public). */
export const PUBLIC_ROUTE = { public: true } as const;

function isPublic(matches: UIMatch[]): boolean {
  // The deepest match decides: a public parent does not open its private children.
  const handle = matches.at(-1)?.handle;
  return typeof handle === 'object' && handle !== null && 'public' in handle && handle.public === true;
}

type Props = { available: ReadonlySet<FeatureKey>; publicHome: string };

// Guards every signed-in route: `me` is null without a valid session cookie. Routes marked
// PUBLIC_ROUTE render for anonymous visitors in a plain layout instead of redirecting.
export function AppShell({ available, publicHome }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const matches = useMatches();
  const [{ data, fetching, error }] = useQuery({ query: AppShellQuery });

  if (fetching && !data) {
    return <Spin fullscreen description={t('common.loading')} />;
  }
  if (error && !data) throw error;
  if (!data?.me && isPublic(matches)) {
    return (
      <Layout style={{ minHeight: '100vh' }}>
        <PublicHeader homePath={publicHome} />
        <Layout.Content style={{ padding: 24, maxWidth: 1400, width: '100%', margin: '0 auto' }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    );
  }
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
        <SideMenu available={available} roles={readFragment(UserSummary_MeFragmentDoc, data.me).roles} />
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
