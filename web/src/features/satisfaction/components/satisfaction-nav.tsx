import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Role } from '@/gql/graphql';
import { satisfactionPaths } from '../lib/paths';
import { canReadSatisfaction, canRunKiosk } from '../lib/roles';

/** The satisfaction pages the viewer's roles open: leaders and supervisors read, the desk runs the kiosk. */
export function SatisfactionNav({ roles }: { roles: readonly Role[] | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = [
    ...(canReadSatisfaction(roles)
      ? [
          { key: satisfactionPaths.dashboard, label: t('satisfaction.nav.dashboard') },
          { key: satisfactionPaths.followUps, label: t('satisfaction.nav.followUps') },
        ]
      : []),
    ...(canRunKiosk(roles) ? [{ key: satisfactionPaths.kiosk, label: t('satisfaction.nav.kiosk') }] : []),
  ];
  const active = items.find((i) => i.key !== satisfactionPaths.dashboard && pathname.startsWith(i.key))?.key ?? satisfactionPaths.dashboard;
  return <Tabs activeKey={active} items={items} onChange={(key) => void navigate(key)} style={{ marginBottom: 8 }} />;
}
