import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '@/gql/graphql';

export const DEADLINE_COLORS: Record<DeadlineState, string> = {
  OVERDUE: 'red',
  LATE: 'volcano',
  DUE_SOON: 'gold',
  WITHIN_DEADLINE: 'green',
  ON_TIME: 'blue',
  EARLY: 'cyan',
};

type Props = { state: DeadlineState | null | undefined };

// The colour tells the deadline at a glance; the text says it for screen readers and print.
export function DeadlineBadge({ state }: Props) {
  const { t } = useTranslation();
  if (!state) return <Tag>{t('dossiers.deadline.none')}</Tag>;
  return (
    <Tag color={DEADLINE_COLORS[state]} data-deadline={state}>
      {t(`dossiers.deadline.${state}`)}
    </Tag>
  );
}
