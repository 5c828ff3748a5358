import { Alert, Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { formatDateOnly, formatDateTime } from '../lib/format';
import { DeadlineBadge } from './deadline-badge';

export const DossierSummaryFragment = graphql(`
  fragment DossierSummary_dossier on Dossier {
    id
    code
    status
    version
    channel
    receivedAt
    appointmentAt
    originalAppointmentAt
    dueDate
    deadlineState
    violation
    subject
    applicant {
      kind
      fullName
      idNumber
      phone
      email
      address
    }
    procedure {
      id
      code
      name
      number
      revision
    }
    field {
      code
      name
    }
    receivingUnit {
      id
      name
    }
    currentUnit {
      id
      name
    }
    assignee {
      id
      fullName
    }
    deadlineExplanation {
      provisional
      lines {
        date
        kind
        text
      }
    }
  }
`);

type Props = { dossier: FragmentType<typeof DossierSummaryFragment> };

export function DossierSummary(props: Props) {
  const { t } = useTranslation();
  const d = readFragment(DossierSummaryFragment, props.dossier);
  return (
    <Flex vertical gap={16}>
      {d.violation !== 'NONE' && (
        <Alert type="error" showIcon title={t('dossiers.detail.violation', { kind: t(`dossiers.violation.${d.violation}`) })} />
      )}
      <Card title={t('dossiers.detail.deadline')} extra={<DeadlineBadge state={d.deadlineState} />}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('dossiers.detail.receivedAt')}>{formatDateTime(d.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.appointmentAt')}>
            <strong data-testid="appointment">{formatDateTime(d.appointmentAt)}</strong>
          </Descriptions.Item>
          {d.originalAppointmentAt && d.originalAppointmentAt !== d.appointmentAt && (
            <Descriptions.Item label={t('dossiers.detail.originalAppointmentAt')}>{formatDateTime(d.originalAppointmentAt)}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('dossiers.detail.dueDate')}>{formatDateOnly(d.dueDate)}</Descriptions.Item>
        </Descriptions>
        {d.deadlineExplanation && (
          <>
            <Typography.Title level={5}>
              {t('dossiers.detail.explanation')} {d.deadlineExplanation.provisional && <Tag color="orange">{t('dossiers.detail.provisional')}</Tag>}
            </Typography.Title>
            <List
              size="small"
              dataSource={d.deadlineExplanation.lines}
              renderItem={(line) => (
                <List.Item>
                  <Typography.Text strong>{formatDateOnly(line.date)}</Typography.Text>&nbsp;{line.text}
                </List.Item>
              )}
            />
          </>
        )}
      </Card>
      <Card title={t('dossiers.detail.applicant')}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('dossiers.detail.fullName')}>
            {d.applicant.fullName} ({t(`dossiers.applicantKind.${d.applicant.kind}`)})
          </Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.idNumber')}>{d.applicant.idNumber ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.phone')}>{d.applicant.phone ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.email')}>{d.applicant.email ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.address')} span={2}>
            {d.applicant.address ?? ''}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('dossiers.detail.procedure')}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('dossiers.detail.procedure')} span={2}>
            {d.procedure.code} — {d.procedure.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.version')}>
            {t('dossiers.detail.procedureVersion', { number: d.procedure.number, revision: d.procedure.revision })}
          </Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.field')}>{d.field.name}</Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.channel')}>{t(`dossiers.channel.${d.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.receivingUnit')}>{d.receivingUnit.name}</Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.currentUnit')}>{d.currentUnit.name}</Descriptions.Item>
          <Descriptions.Item label={t('dossiers.detail.assignee')}>{d.assignee?.fullName ?? ''}</Descriptions.Item>
        </Descriptions>
      </Card>
    </Flex>
  );
}
