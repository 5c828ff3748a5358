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

const ICONS: Record<FeatureKey, ReactNode> = {
  procedures: <FileTextOutlined />,
  dossiers: <FolderOpenOutlined />,
  'deadline-alerts': <AlertOutlined />,
  staffing: <TeamOutlined />,
  surveys: <SolutionOutlined />,
  reports: <BarChartOutlined />,
  units: <ApartmentOutlined />,
};

type Props = { available: ReadonlySet<FeatureKey> };

export function SideMenu({ available }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const features = FEATURES.filter((feature) => available.has(feature.key));
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
