import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { staffingPaths } from '../lib/paths';

type Props = { canEdit: boolean };

export function StaffingNav({ canEdit }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = [
    { key: staffingPaths.unit, label: t('staffing.nav.unit') },
    { key: staffingPaths.compliance, label: t('staffing.nav.compliance') },
    ...(canEdit ? [{ key: staffingPaths.import, label: t('staffing.nav.import') }] : []),
  ];
  const active = items.find((item) => item.key !== staffingPaths.unit && pathname.startsWith(item.key))?.key ?? staffingPaths.unit;
  return <Tabs activeKey={active} items={items} onChange={(key) => void navigate(key)} style={{ marginBottom: 8 }} />;
}
