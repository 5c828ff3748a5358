import AlertOutlined from '@ant-design/icons/es/icons/AlertOutlined';
import ApartmentOutlined from '@ant-design/icons/es/icons/ApartmentOutlined';
import BarChartOutlined from '@ant-design/icons/es/icons/BarChartOutlined';
import FileTextOutlined from '@ant-design/icons/es/icons/FileTextOutlined';
import FolderOpenOutlined from '@ant-design/icons/es/icons/FolderOpenOutlined';
import LikeOutlined from '@ant-design/icons/es/icons/LikeOutlined';
import HomeOutlined from '@ant-design/icons/es/icons/HomeOutlined';
import SolutionOutlined from '@ant-design/icons/es/icons/SolutionOutlined';
import TeamOutlined from '@ant-design/icons/es/icons/TeamOutlined';
import Menu from 'antd/es/menu';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { FEATURES, featureOpenTo, type FeatureKey } from '@/config/features';
import { paths } from '@/config/paths';

const ICONS: Record<FeatureKey, ReactNode> = {
  procedures: <FileTextOutlined />,
  dossiers: <FolderOpenOutlined />,
  'deadline-alerts': <AlertOutlined />,
  staffing: <TeamOutlined />,
  surveys: <SolutionOutlined />,
  satisfaction: <LikeOutlined />,
  reports: <BarChartOutlined />,
  units: <ApartmentOutlined />,
};

type Props = { available: ReadonlySet<FeatureKey>; roles?: readonly string[] };

export function SideMenu({ available, roles = [] }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const features = FEATURES.filter((feature) => available.has(feature.key) && featureOpenTo(feature, roles));
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
