import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { formatDateTime } from '../lib/format';
import { DeadlineBadge } from './deadline-badge';

export const DossierStepsFragment = graphql(`
  fragment DossierSteps_dossier on Dossier {
    id
    currentStep {
      ordinal
    }
    steps {
      ordinal
      name
      role
      dueAt
      state
    }
  }
`);

export function DossierSteps(props: { dossier: FragmentType<typeof DossierStepsFragment> }) {
  const { t } = useTranslation();
  const d = readFragment(DossierStepsFragment, props.dossier);
  return (
    <Card title={t('dossiers.detail.steps')}>
      <Table
        rowKey="ordinal"
        size="small"
        pagination={false}
        dataSource={d.steps}
        rowClassName={(step) => (step.ordinal === d.currentStep?.ordinal ? 'ant-table-row-selected' : '')}
        columns={[
          { title: '#', dataIndex: 'ordinal', width: 50 },
          { title: t('dossiers.detail.steps'), dataIndex: 'name' },
          { title: t('dossiers.detail.stepDue'), dataIndex: 'dueAt', render: (_, step) => formatDateTime(step.dueAt) },
          { title: t('dossiers.columns.deadline'), dataIndex: 'state', render: (_, step) => (step.state ? <DeadlineBadge state={step.state} /> : '') },
        ]}
      />
    </Card>
  );
}

export const DossierAuditFragment = graphql(`
  fragment DossierAudit_dossier on Dossier {
    id
    auditTrail {
      at
      action
      actorName
      fromStatus
      toStatus
      note
    }
  }
`);

export function DossierAudit(props: { dossier: FragmentType<typeof DossierAuditFragment> }) {
  const { t } = useTranslation();
  const d = readFragment(DossierAuditFragment, props.dossier);
  return (
    <Card title={t('dossiers.detail.audit')}>
      <Table
        rowKey={(entry) => `${entry.at}-${entry.action}`}
        size="small"
        pagination={false}
        dataSource={d.auditTrail}
        scroll={{ x: true }}
        columns={[
          { title: t('dossiers.detail.auditAt'), dataIndex: 'at', render: (_, e) => formatDateTime(e.at) },
          { title: t('dossiers.detail.auditActor'), dataIndex: 'actorName' },
          { title: t('dossiers.detail.auditAction'), dataIndex: 'action', render: (_, e) => t(`dossiers.action.${e.action}`) },
          {
            title: t('dossiers.detail.auditStatus'),
            key: 'status',
            render: (_, e) => (
              <>
                {e.fromStatus && <Tag>{t(`dossiers.status.${e.fromStatus}`)}</Tag>}→ <Tag>{t(`dossiers.status.${e.toStatus}`)}</Tag>
              </>
            ),
          },
          { title: t('dossiers.actions.note'), dataIndex: 'note' },
        ]}
      />
    </Card>
  );
}
