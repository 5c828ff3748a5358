import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '@/gql/graphql';

const COLORS: Record<UnitKind, string> = {
  PROVINCE: 'red',
  DEPARTMENT: 'blue',
  DISTRICT: 'green',
  COMMUNE: 'gold',
  OFFICE: 'purple',
};

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[kind]}>{t(`unitKind.${kind}`)}</Tag>;
}
