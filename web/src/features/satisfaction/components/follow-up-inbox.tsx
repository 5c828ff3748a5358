import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql, readFragment } from '@/gql';
import type { FollowUpInbox_RowFragment, FollowUpStatus } from '@/gql/graphql';
import { firstErrorMessage } from '../lib/errors';
import { formatDateOnly, formatDateTime } from '../lib/format';

const FollowUpInboxQuery = graphql(`
  query FollowUpInbox($where: FollowUpFilter) {
    me {
      id
      roles
      unit {
        id
        code
      }
    }
    followUps(where: $where, first: 100) {
      ...FollowUpInbox_row
    }
  }
`);

const FollowUpRowFragment = graphql(`
  fragment FollowUpInbox_row on FollowUp {
    id
    dossierCode
    status
    reason
    assigneeName
    openedAt
    acknowledgeBy
    resolveBy
    acknowledgedAt
    resolvedAt
    outcome
    upheld
    overdue
    version
  }
`);

const FollowUpOpenedSubscription = graphql(`
  subscription FollowUpOpened($unitCode: String!) {
    followUpOpened(unitCode: $unitCode) {
      ...FollowUpInbox_row
    }
  }
`);

const FollowUpAcknowledgeMutation = graphql(`
  mutation FollowUpAcknowledge($input: AcknowledgeFollowUpInput!) {
    acknowledgeFollowUp(input: $input) {
      followUp {
        id
        status
        version
      }
      errors {
        __typename
        ... on UserError {
          code
          message
        }
      }
    }
  }
`);

const FollowUpResolveMutation = graphql(`
  mutation FollowUpResolve($input: ResolveFollowUpInput!) {
    resolveFollowUp(input: $input) {
      followUp {
        id
        status
        version
      }
      errors {
        __typename
        ... on UserError {
          code
          message
        }
      }
    }
  }
`);

type Row = FollowUpInbox_RowFragment;
const STATUS_COLOR: Record<FollowUpStatus, string> = { OPEN: 'red', ACKNOWLEDGED: 'gold', RESOLVED: 'green' };
type Filter = FollowUpStatus | 'ALL';

function ResolveModal({ row, onClose }: { row: Row; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [{ fetching }, resolve] = useMutation(FollowUpResolveMutation);
  const [error, setError] = useState<string | null>(null);
  async function submit(values: { outcome: string; upheld?: boolean }) {
    const payload = (await resolve({ input: { id: row.id, expectedVersion: row.version, outcome: values.outcome.trim(), upheld: !!values.upheld } })).data
      ?.resolveFollowUp;
    if (!payload) return;
    const message = firstErrorMessage(t, payload.errors);
    if (message) setError(message);
    else onClose(true);
  }
  return (
    <Modal open title={`${t('satisfaction.inbox.resolve')} – ${row.dossierCode}`} onCancel={() => onClose(!!error)} footer={null} destroyOnHidden>
      <Typography.Paragraph>{row.reason}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form<{ outcome: string; upheld?: boolean }> layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="outcome" label={t('satisfaction.inbox.outcome')} rules={[{ required: true, whitespace: true, message: t('satisfaction.inbox.outcomeRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="upheld" valuePropName="checked">
          <Checkbox>{t('satisfaction.inbox.upheld')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('satisfaction.inbox.confirm')}
        </Button>
      </Form>
    </Modal>
  );
}

/**
 * The leader's follow-up inbox: deadlines (acknowledge, resolve), state, and the two actions. New follow-ups of the
 * leader's unit arrive over the `followUpOpened` subscription and appear at the top without a reload.
 */
export function FollowUpInbox({ canAct }: { canAct: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>('ALL');
  const [resolving, setResolving] = useState<Row | null>(null);
  const [{ data, fetching }, refetch] = useQuery({
    query: FollowUpInboxQuery,
    variables: { where: filter === 'ALL' ? null : { status: filter } },
    requestPolicy: 'cache-and-network',
  });
  const unitCode = data?.me?.unit?.code;
  const [{ data: arrived }] = useSubscription(
    { query: FollowUpOpenedSubscription, variables: { unitCode: unitCode ?? '' }, pause: !unitCode },
    (previous: Row[] = [], event) => {
      const row = readFragment(FollowUpRowFragment, event.followUpOpened);
      void message.info(t('satisfaction.inbox.arrived', { code: row.dossierCode }));
      return [row, ...previous.filter((r) => r.id !== row.id)];
    },
  );
  const [{ fetching: acknowledging }, acknowledge] = useMutation(FollowUpAcknowledgeMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const rows = useMemo(() => {
    const listed = readFragment(FollowUpRowFragment, data?.followUps ?? []);
    const fresh = (arrived ?? []).filter((r) => (filter === 'ALL' || filter === r.status) && !listed.some((l) => l.id === r.id));
    return [...fresh, ...listed];
  }, [data, arrived, filter]);

  async function ack(row: Row) {
    const payload = (await acknowledge({ input: { id: row.id, expectedVersion: row.version } })).data?.acknowledgeFollowUp;
    const error = payload && firstErrorMessage(t, payload.errors);
    if (error) void message.error(error);
    reload();
  }

  return (
    <>
      <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
        <Segmented<Filter>
          aria-label={t('satisfaction.inbox.status')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'ALL', label: t('satisfaction.inbox.all') },
            ...(['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const).map((s) => ({ value: s, label: t(`satisfaction.followUpStatus.${s}`) })),
          ]}
        />
      </Flex>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={fetching && !data}
        dataSource={rows}
        locale={{ emptyText: t('satisfaction.inbox.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({ 'data-testid': `follow-up-${r.dossierCode}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('satisfaction.inbox.dossier'), dataIndex: 'dossierCode' },
          { title: t('satisfaction.inbox.reason'), dataIndex: 'reason', width: '28%' },
          { title: t('satisfaction.inbox.openedAt'), render: (_, r) => formatDateTime(r.openedAt) },
          {
            title: t('satisfaction.inbox.acknowledgeBy'),
            render: (_, r) => (r.acknowledgedAt ? formatDateOnly(r.acknowledgeBy) : <strong>{formatDateOnly(r.acknowledgeBy)}</strong>),
          },
          { title: t('satisfaction.inbox.resolveBy'), render: (_, r) => formatDateOnly(r.resolveBy) },
          {
            title: t('satisfaction.inbox.status'),
            render: (_, r) => (
              <Space size={4} wrap>
                <Tag color={STATUS_COLOR[r.status]}>{t(`satisfaction.followUpStatus.${r.status}`)}</Tag>
                {r.overdue && <Tag color="volcano">{t('satisfaction.inbox.overdue')}</Tag>}
              </Space>
            ),
          },
          { title: t('satisfaction.inbox.assignee'), render: (_, r) => r.assigneeName ?? '' },
          {
            title: t('satisfaction.inbox.outcome'),
            render: (_, r) => r.outcome ?? '',
          },
          ...(canAct
            ? [
                {
                  title: t('satisfaction.inbox.actions'),
                  render: (_: unknown, r: Row) =>
                    r.status === 'RESOLVED' ? null : (
                      <Space>
                        {r.status === 'OPEN' && (
                          <Button size="small" loading={acknowledging} onClick={() => void ack(r)} aria-label={`${t('satisfaction.inbox.acknowledge')} ${r.dossierCode}`}>
                            {t('satisfaction.inbox.acknowledge')}
                          </Button>
                        )}
                        <Button size="small" type="primary" onClick={() => setResolving(r)} aria-label={`${t('satisfaction.inbox.resolve')} ${r.dossierCode}`}>
                          {t('satisfaction.inbox.resolve')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {resolving && (
        <ResolveModal
          row={resolving}
          onClose={(changed) => {
            setResolving(null);
            if (changed) reload();
          }}
        />
      )}
    </>
  );
}
