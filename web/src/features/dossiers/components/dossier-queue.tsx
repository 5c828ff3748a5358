import { Badge, Button, Card, Col, Flex, Input, Row, Segmented, Select, Statistic, Table, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql, readFragment } from '@/gql';
import type { DeadlineState, DossierFilter, DossierOrder, DossierStatus } from '@/gql/graphql';
import { useLiveRefetch } from '@/lib/live-events';
import { OPEN_STATUSES } from '../lib/actions';
import { DEADLINE_COLORS } from './deadline-badge';
import { DossierQueueTable, DossierQueueTableFragment } from './dossier-queue-table';

const PAGE_SIZE = 20;

const DossierQueueQuery = graphql(`
  query DossierQueueList($first: Int!, $after: String, $where: DossierFilter, $order: DossierOrder) {
    dossiers(first: $first, after: $after, where: $where, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...DossierQueueTable_dossier
      }
    }
  }
`);

const DossierQueueCountsQuery = graphql(`
  query DossierQueueCounts($overdue: DossierFilter!, $dueSoon: DossierFilter!, $within: DossierFilter!) {
    overdue: dossiers(first: 0, where: $overdue) {
      totalCount
    }
    dueSoon: dossiers(first: 0, where: $dueSoon) {
      totalCount
    }
    within: dossiers(first: 0, where: $within) {
      totalCount
    }
  }
`);

const COUNTED: { key: 'overdue' | 'dueSoon' | 'within'; state: DeadlineState }[] = [
  { key: 'overdue', state: 'OVERDUE' },
  { key: 'dueSoon', state: 'DUE_SOON' },
  { key: 'within', state: 'WITHIN_DEADLINE' },
];

const ALL_STATUSES: DossierStatus[] = [
  'RECEIVED',
  'IN_PROCESS',
  'SUPPLEMENT_REQUESTED',
  'PAUSED',
  'AWAITING_APPROVAL',
  'APPROVED',
  'RESULT_READY',
  'RETURNED',
  'REFUSED',
  'REFUSED_AT_RECEPTION',
  'AWAITING_COMPLETION',
  'WITHDRAWN',
  'STOPPED',
];
const ORDERS: DossierOrder[] = ['APPOINTMENT_SOONEST', 'RECEIVED_NEWEST', 'RECEIVED_OLDEST', 'CODE'];
const STATES: DeadlineState[] = ['OVERDUE', 'DUE_SOON', 'WITHIN_DEADLINE', 'EARLY', 'ON_TIME', 'LATE'];
const OPEN = 'open';

type Props = {
  /** Leaders (and admins) may switch to their whole unit. */
  canSeeUnit: boolean;
  /** Fixed statuses (the approval inbox); hides the status filter. */
  fixedStatuses?: DossierStatus[];
};

export function DossierQueue({ canSeeUnit, fixedStatuses }: Props) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'mine' | 'unit'>('mine');
  const [status, setStatus] = useState<string>(OPEN);
  const [deadlineState, setDeadlineState] = useState<DeadlineState | ''>('');
  const [order, setOrder] = useState<DossierOrder>('APPOINTMENT_SOONEST');
  const [search, setSearch] = useState('');
  const [after, setAfter] = useState<string | null>(null);

  const base = useMemo<DossierFilter>(() => {
    const statuses = fixedStatuses ?? (status === OPEN ? [...OPEN_STATUSES] : status ? [status as DossierStatus] : null);
    return {
      ...(scope === 'mine' && !fixedStatuses ? { mine: true } : {}),
      ...(statuses ? { status: statuses } : {}),
      ...(search ? { search } : {}),
    };
  }, [fixedStatuses, scope, search, status]);
  const where = useMemo<DossierFilter>(() => (deadlineState ? { ...base, deadlineState } : base), [base, deadlineState]);

  const [{ data, fetching }, reexecuteList] = useQuery({ query: DossierQueueQuery, variables: { first: PAGE_SIZE, after, where, order } });
  const [{ data: counts }, reexecuteCounts] = useQuery({
    query: DossierQueueCountsQuery,
    variables: {
      overdue: { ...base, deadlineState: 'OVERDUE' },
      dueSoon: { ...base, deadlineState: 'DUE_SOON' },
      within: { ...base, deadlineState: 'WITHIN_DEADLINE' },
    },
  });
  // Live: an alert means a deadline state changed somewhere in the officer's units; a reconnect means events were missed.
  const refetch = useCallback(() => {
    reexecuteList({ requestPolicy: 'network-only' });
    reexecuteCounts({ requestPolicy: 'network-only' });
  }, [reexecuteList, reexecuteCounts]);
  useLiveRefetch(refetch);
  const connection = data?.dossiers;
  const nodes = useMemo(() => connection?.nodes ?? [], [connection]);

  function reset(apply: () => void) {
    apply();
    setAfter(null);
  }

  const byOfficer = useMemo(() => {
    if (scope !== 'unit') return [];
    const groups = new Map<string, { officer: string; OVERDUE: number; DUE_SOON: number; WITHIN_DEADLINE: number }>();
    for (const node of nodes) {
      const d = readFragment(DossierQueueTableFragment, node);
      const officer = d.assignee?.fullName ?? t('dossiers.queue.unassigned');
      const row = groups.get(officer) ?? { officer, OVERDUE: 0, DUE_SOON: 0, WITHIN_DEADLINE: 0 };
      if (d.deadlineState === 'OVERDUE' || d.deadlineState === 'DUE_SOON' || d.deadlineState === 'WITHIN_DEADLINE') row[d.deadlineState] += 1;
      groups.set(officer, row);
    }
    return [...groups.values()];
  }, [nodes, scope, t]);

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        {COUNTED.map(({ key, state }) => (
          <Col xs={24} sm={8} key={key}>
            <Card
              size="small"
              hoverable
              role="button"
              aria-pressed={deadlineState === state}
              data-testid={`count-${state}`}
              onClick={() => reset(() => setDeadlineState(deadlineState === state ? '' : state))}
            >
              <Statistic
                title={
                  <Badge color={DEADLINE_COLORS[state]} text={t(`dossiers.counts.${state}`)} />
                }
                value={counts?.[key].totalCount ?? '–'}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Flex wrap gap={8} align="center">
        {canSeeUnit && !fixedStatuses && (
          <Segmented
            aria-label={t('dossiers.queue.scope')}
            value={scope}
            onChange={(value) => reset(() => setScope(value as 'mine' | 'unit'))}
            options={[
              { value: 'mine', label: t('dossiers.queue.scopeMine') },
              { value: 'unit', label: t('dossiers.queue.scopeUnit') },
            ]}
          />
        )}
        <Input.Search
          allowClear
          style={{ width: 260 }}
          aria-label={t('dossiers.queue.search')}
          placeholder={t('dossiers.queue.search')}
          onSearch={(text) => reset(() => setSearch(text.trim()))}
        />
        {!fixedStatuses && (
          <Select
            aria-label={t('dossiers.queue.status')}
            style={{ width: 200 }}
            value={status}
            onChange={(value) => reset(() => setStatus(value))}
            options={[
              { value: OPEN, label: t('dossiers.queue.openOnly') },
              { value: '', label: t('dossiers.queue.any') },
              ...ALL_STATUSES.map((s) => ({ value: s, label: t(`dossiers.status.${s}`) })),
            ]}
          />
        )}
        <Select
          aria-label={t('dossiers.queue.deadlineState')}
          style={{ width: 180 }}
          value={deadlineState}
          onChange={(value) => reset(() => setDeadlineState(value))}
          options={[{ value: '', label: t('dossiers.queue.any') }, ...STATES.map((s) => ({ value: s, label: t(`dossiers.deadline.${s}`) }))]}
        />
        <Select
          aria-label={t('dossiers.queue.order')}
          style={{ width: 200 }}
          value={order}
          onChange={(value) => reset(() => setOrder(value))}
          options={ORDERS.map((o) => ({ value: o, label: t(`dossiers.orders.${o}`) }))}
        />
      </Flex>
      <Typography.Text type="secondary">{t('dossiers.queue.count', { count: connection?.totalCount ?? 0 })}</Typography.Text>
      <DossierQueueTable dossiers={nodes} loading={fetching} />
      {connection?.pageInfo.hasNextPage && (
        <Button onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>{t('dossiers.queue.more')}</Button>
      )}
      {byOfficer.length > 0 && (
        <Card size="small" title={t('dossiers.queue.byOfficer')}>
          <Table
            rowKey="officer"
            size="small"
            pagination={false}
            dataSource={byOfficer}
            columns={[
              { title: t('dossiers.columns.assignee'), dataIndex: 'officer' },
              ...COUNTED.map(({ state }) => ({ title: t(`dossiers.counts.${state}`), dataIndex: state })),
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
