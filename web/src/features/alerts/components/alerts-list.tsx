import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Segmented, Select, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { DeadlineAlertFilter, DeadlineAlertKind } from '@/gql/graphql';
import { useLiveRefetch } from '@/lib/live-events';
import { ALERT_COLORS, ALERT_KINDS, alertDossierPath, formatAlertTime } from '../lib/alert-format';
import { alertsAcknowledged } from '../lib/alert-signals';

const PAGE_SIZE = 25;

const AlertsListQuery = graphql(`
  query AlertsList($first: Int!, $after: String, $where: DeadlineAlertFilter, $unitCode: String) {
    alertSummary(unitCode: $unitCode) {
      open
      unacknowledged
    }
    deadlineAlerts(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        raisedAt
        dueAt
        closedAt
        acknowledgedAt
        acknowledgedBy
        step {
          ordinal
        }
        dossier {
          id
          code
        }
      }
    }
  }
`);

const AlertsUnitsQuery = graphql(`
  query AlertsUnits {
    units(first: 100) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

const AcknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($input: AcknowledgeDeadlineAlertInput!) {
    acknowledgeDeadlineAlert(input: $input) {
      alert {
        id
        acknowledgedAt
        acknowledgedBy
      }
      errors {
        __typename
        ... on UserError {
          message
        }
      }
    }
  }
`);

type Seen = 'any' | 'unread' | 'seen';

// The alerts page: filter by kind, unit, seen and "mine", acknowledge one or many. New alerts and reconnects refetch.
export function AlertsList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useClient();
  const [kinds, setKinds] = useState<DeadlineAlertKind[]>([]);
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [seen, setSeen] = useState<Seen>('unread');
  const [mine, setMine] = useState(false);
  const [openOnly, setOpenOnly] = useState(true);
  const [after, setAfter] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const where = useMemo<DeadlineAlertFilter>(
    () => ({
      ...(kinds.length ? { kinds } : {}),
      ...(unitCode ? { unitCode } : {}),
      ...(seen === 'any' ? {} : { acknowledged: seen === 'seen' }),
      ...(mine ? { mine: true } : {}),
      ...(openOnly ? { open: true } : {}),
    }),
    [kinds, unitCode, seen, mine, openOnly],
  );
  const [{ data, fetching }, reexecute] = useQuery({ query: AlertsListQuery, variables: { first: PAGE_SIZE, after, where, unitCode } });
  const [{ data: units }] = useQuery({ query: AlertsUnitsQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useLiveRefetch(refetch);

  function reset(apply: () => void) {
    apply();
    setAfter(null);
    setSelected([]);
  }

  async function acknowledge(ids: string[]) {
    setBusy(true);
    try {
      const results = await Promise.all(ids.map((id) => client.mutation(AcknowledgeAlertMutation, { input: { id } }).toPromise()));
      const failure = results.map((r) => r.error?.message ?? r.data?.acknowledgeDeadlineAlert.errors[0]?.message).find(Boolean);
      if (failure) message.error(t('alerts.acknowledgeFailed', { message: failure }));
      else message.success(t('alerts.acknowledgedCount', { count: ids.length }));
    } finally {
      setBusy(false);
      setSelected([]);
      alertsAcknowledged.emit();
      refetch();
    }
  }

  const connection = data?.deadlineAlerts;
  return (
    <Flex vertical gap={16}>
      <Flex gap={16} wrap>
        <Card size="small">
          <Statistic title={t('alerts.summary.unacknowledged')} value={data?.alertSummary.unacknowledged ?? '–'} />
        </Card>
        <Card size="small">
          <Statistic title={t('alerts.summary.open')} value={data?.alertSummary.open ?? '–'} />
        </Card>
      </Flex>
      <Flex wrap gap={8} align="center">
        <Select
          mode="multiple"
          allowClear
          aria-label={t('alerts.filters.kinds')}
          placeholder={t('alerts.filters.kinds')}
          style={{ minWidth: 260 }}
          value={kinds}
          onChange={(value) => reset(() => setKinds(value))}
          options={ALERT_KINDS.map((k) => ({ value: k, label: t(`alerts.kinds.${k}`) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('alerts.filters.unit')}
          placeholder={t('alerts.filters.unit')}
          style={{ width: 280 }}
          value={unitCode}
          onChange={(value) => reset(() => setUnitCode(value ?? null))}
          options={(units?.units.nodes ?? []).map((u) => ({ value: u.code, label: u.name }))}
        />
        <Segmented
          aria-label={t('alerts.filters.acknowledged')}
          value={seen}
          onChange={(value) => reset(() => setSeen(value as Seen))}
          options={[
            { value: 'unread', label: t('alerts.filters.unacknowledged') },
            { value: 'seen', label: t('alerts.filters.acknowledgedOnly') },
            { value: 'any', label: t('alerts.filters.any') },
          ]}
        />
        <Switch checked={mine} onChange={(value) => reset(() => setMine(value))} aria-label={t('alerts.filters.mine')} />
        <span>{t('alerts.filters.mine')}</span>
        <Switch checked={openOnly} onChange={(value) => reset(() => setOpenOnly(value))} aria-label={t('alerts.filters.openOnly')} />
        <span>{t('alerts.filters.openOnly')}</span>
      </Flex>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('alerts.count', { count: connection?.totalCount ?? 0 })}</Typography.Text>
        <Button icon={<CheckOutlined />} disabled={selected.length === 0} loading={busy} onClick={() => void acknowledge(selected)}>
          {t('alerts.acknowledgeSelected', { count: selected.length })}
        </Button>
      </Flex>
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        locale={{ emptyText: t('alerts.empty') }}
        dataSource={connection?.nodes ?? []}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (alert) => ({ disabled: !!alert.acknowledgedAt, 'aria-label': alert.dossier.code }),
        }}
        columns={[
          {
            title: t('alerts.columns.kind'),
            dataIndex: 'kind',
            render: (_, alert) => (
              <Tag color={ALERT_COLORS[alert.kind]}>
                {t(`alerts.kinds.${alert.kind}`)}
                {alert.step ? ` · ${t('alerts.toast.step', { ordinal: alert.step.ordinal })}` : ''}
              </Tag>
            ),
          },
          {
            title: t('alerts.columns.dossier'),
            dataIndex: 'dossier',
            render: (_, alert) => <Link to={alertDossierPath(alert.dossier.code)}>{alert.dossier.code}</Link>,
          },
          { title: t('alerts.columns.dueAt'), dataIndex: 'dueAt', render: (_, alert) => formatAlertTime(alert.dueAt) },
          { title: t('alerts.columns.raisedAt'), dataIndex: 'raisedAt', render: (_, alert) => formatAlertTime(alert.raisedAt) },
          { title: t('alerts.columns.closedAt'), dataIndex: 'closedAt', render: (_, alert) => formatAlertTime(alert.closedAt) },
          {
            title: t('alerts.columns.acknowledged'),
            dataIndex: 'acknowledgedAt',
            render: (_, alert) =>
              alert.acknowledgedAt ? (
                t('alerts.acknowledgedBy', { name: alert.acknowledgedBy ?? '', at: formatAlertTime(alert.acknowledgedAt) })
              ) : (
                <Button size="small" disabled={busy} onClick={() => void acknowledge([alert.id])} aria-label={`${t('alerts.acknowledge')} ${alert.dossier.code}`}>
                  {t('alerts.acknowledge')}
                </Button>
              ),
          },
        ]}
      />
      {connection?.pageInfo.hasNextPage && <Button onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>{t('alerts.more')}</Button>}
    </Flex>
  );
}
