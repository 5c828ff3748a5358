import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { Role } from '@/gql/graphql';

export const WorkloadSummaryFragment = graphql(`
  fragment WorkloadSummary_workload on OfficerWorkload {
    openDossiers
    openSteps
    overdueSteps
    overdueDossiers
  }
`);

const OfficerWorkloadsQuery = graphql(`
  query OfficerWorkloads($unitCode: String!) {
    officers(unitCode: $unitCode) {
      id
      fullName
      person {
        id
      }
      workload {
        ...WorkloadSummary_workload
      }
    }
  }
`);

export type Workload = FragmentType<typeof WorkloadSummaryFragment>;

// Policy Officer on the API: the roles that assign work may read the officers of their units.
const ASSIGNING_ROLES: readonly Role[] = ['ADMIN', 'RECEPTIONIST', 'SPECIALIST', 'LEADER'];

/** Open work of the unit's posted officers, by person id (empty for roles that do not assign work). */
export function useOfficerWorkloads(unitCode: string | null, roles: readonly Role[] | undefined): ReadonlyMap<string, Workload> {
  const enabled = !!unitCode && !!roles?.some((r) => ASSIGNING_ROLES.includes(r));
  const [{ data }] = useQuery({ query: OfficerWorkloadsQuery, variables: { unitCode: unitCode ?? '' }, pause: !enabled });
  const map = new Map<string, Workload>();
  if (enabled) for (const o of data?.officers ?? []) if (o.person) map.set(o.person.id, o.workload);
  return map;
}

/** "2 hồ sơ · 1 bước · 1 quá hạn": an officer's open dossiers, steps in hand, and what is overdue (red). */
export function WorkloadSummary({ workload }: { workload: Workload | undefined }) {
  const { t } = useTranslation();
  if (!workload) return <Typography.Text type="secondary">{t('staffing.workload.noAccount')}</Typography.Text>;
  const w = readFragment(WorkloadSummaryFragment, workload);
  const overdue = w.overdueSteps + w.overdueDossiers;
  return (
    <Space size={4} wrap>
      <Tag>{t('staffing.workload.dossiers', { count: w.openDossiers })}</Tag>
      <Tag>{t('staffing.workload.steps', { count: w.openSteps })}</Tag>
      {overdue > 0 && <Tag color="red">{t('staffing.workload.overdue', { count: overdue })}</Tag>}
    </Space>
  );
}

/** Open dossiers of an office's posted officers together. */
export function officeOpenDossiers(personIds: readonly string[], workloads: ReadonlyMap<string, Workload>): number | null {
  let total: number | null = null;
  for (const id of personIds) {
    const w = workloads.get(id);
    if (w) total = (total ?? 0) + readFragment(WorkloadSummaryFragment, w).openDossiers;
  }
  return total;
}
