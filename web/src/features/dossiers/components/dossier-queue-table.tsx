import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { DossierQueueTable_DossierFragment } from '@/gql/graphql';
import { formatDateTime } from '../lib/format';
import { dossierPath } from '../lib/paths';
import { DeadlineBadge } from './deadline-badge';

export const DossierQueueTableFragment = graphql(`
  fragment DossierQueueTable_dossier on Dossier {
    id
    code
    status
    receivedAt
    appointmentAt
    deadlineState
    applicant {
      fullName
    }
    procedure {
      id
      name
    }
    assignee {
      id
      fullName
    }
    currentUnit {
      id
      name
    }
  }
`);

type Props = { dossiers: FragmentType<typeof DossierQueueTableFragment>[]; loading: boolean };

export function DossierQueueTable({ dossiers, loading }: Props) {
  const { t } = useTranslation();
  const rows = dossiers.map((d) => readFragment(DossierQueueTableFragment, d));
  return (
    <Table<DossierQueueTable_DossierFragment>
      rowKey="id"
      size="middle"
      loading={loading}
      pagination={false}
      dataSource={rows}
      scroll={{ x: true }}
      locale={{ emptyText: t('dossiers.queue.empty') }}
      columns={[
        {
          title: t('dossiers.columns.code'),
          dataIndex: 'code',
          render: (_, d) => <Link to={dossierPath(d.code)}>{d.code}</Link>,
        },
        { title: t('dossiers.columns.applicant'), key: 'applicant', render: (_, d) => d.applicant.fullName },
        { title: t('dossiers.columns.procedure'), key: 'procedure', render: (_, d) => d.procedure.name, ellipsis: true },
        { title: t('dossiers.columns.status'), dataIndex: 'status', render: (_, d) => <Tag>{t(`dossiers.status.${d.status}`)}</Tag> },
        { title: t('dossiers.columns.receivedAt'), dataIndex: 'receivedAt', render: (_, d) => formatDateTime(d.receivedAt) },
        { title: t('dossiers.columns.appointmentAt'), dataIndex: 'appointmentAt', render: (_, d) => formatDateTime(d.appointmentAt) },
        { title: t('dossiers.columns.deadline'), dataIndex: 'deadlineState', render: (_, d) => <DeadlineBadge state={d.deadlineState} /> },
        { title: t('dossiers.columns.assignee'), key: 'assignee', render: (_, d) => d.assignee?.fullName ?? '' },
        { title: t('dossiers.columns.unit'), key: 'unit', render: (_, d) => d.currentUnit.name },
      ]}
    />
  );
}
