import {
  AlertOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { FEATURES, type FeatureKey } from '@/config/features';
import { paths } from '@/config/paths';
import { canSeeReports } from '@/features/reports/lib/roles';
import { UserSummaryFragment } from '@/features/auth/components/user-summary';
import { readFragment, type FragmentType } from '@/gql';
import type { Role } from '@/gql/graphql';

const ICONS: Record<FeatureKey, ReactNode> = {
  procedures: <FileTextOutlined />,
  dossiers: <FolderOpenOutlined />,
  'deadline-alerts': <AlertOutlined />,
  staffing: <TeamOutlined />,
  surveys: <SolutionOutlined />,
  reports: <BarChartOutlined />,
  units: <ApartmentOutlined />,
};

type Props = { available: ReadonlySet<FeatureKey>; me: FragmentType<typeof UserSummaryFragment> };

// Entries shown only to the roles their pages serve (the API enforces the same policies).
const ROLE_GATES: Partial<Record<FeatureKey, (roles: readonly Role[] | undefined) => boolean>> = { reports: canSeeReports };

export function SideMenu({ available, me }: Props) {
  // The roles come with the user summary the shell already asks for.
  const { roles } = readFragment(UserSummaryFragment, me);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const features = FEATURES.filter((feature) => available.has(feature.key) && (ROLE_GATES[feature.key]?.(roles) ?? true));
  // Unknown paths (the 404 page) select nothing.
  const selected = pathname === paths.home ? paths.home : features.find((f) => pathname.startsWith(f.path))?.path;

  return (
    <Menu
      theme="dark"
      mode="inline"
      aria-label={t('nav.menu')}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => void navigate(key)}
      items={[
        { key: paths.home, icon: <HomeOutlined />, label: t('nav.home') },
        ...features.map((f) => ({ key: f.path, icon: ICONS[f.key], label: t(f.labelKey) })),
      ]}
    />
  );
}
