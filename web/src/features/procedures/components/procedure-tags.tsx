import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnlineServiceClass, ProcedureStatus, SyncState } from '@/gql/graphql';

const STATUS_COLORS: Record<ProcedureStatus, string> = { PUBLISHED: 'green', DRAFT: 'gold', RETIRED: 'default' };
const ONLINE_COLORS: Record<OnlineServiceClass, string> = { FULL: 'blue', PARTIAL: 'cyan', NONE: 'default' };
const SYNC_COLORS: Record<SyncState, string> = { SYNCED: 'green', OUT_OF_DATE: 'orange', NOT_SYNCED: 'default' };

export function StatusTag({ status }: { status: ProcedureStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`procedures.status.${status}`)}</Tag>;
}

export function OnlineServiceTag({ value }: { value: OnlineServiceClass }) {
  const { t } = useTranslation();
  return <Tag color={ONLINE_COLORS[value]}>{t(`procedures.onlineService.${value}`)}</Tag>;
}

export function SyncStateTag({ state }: { state: SyncState }) {
  const { t } = useTranslation();
  return <Tag color={SYNC_COLORS[state]}>{t(`procedures.syncState.${state}`)}</Tag>;
}

export function ExpiredLawTag() {
  const { t } = useTranslation();
  return <Tag color="red">{t('procedures.citesExpiredLaw')}</Tag>;
}
