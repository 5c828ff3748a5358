import { Alert, Card, Col, Descriptions, Flex, List, Row, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { ProcedureDetail_ProcedureFragment, ProcessingTimeUnit } from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';
import { formatDay, formatInstant, formatNumber, formatTime, formatVnd } from '../utils/format';
import { LegalBasisList } from './legal-basis-list';
import { ExpiredLawTag, OnlineServiceTag, StatusTag, SyncStateTag } from './procedure-tags';
import { VersionHistory } from './version-history';

export const ProcedureDetailFragment = graphql(`
  fragment ProcedureDetail_procedure on Procedure {
    id
    code
    name
    number
    status
    effectiveFrom
    effectiveTo
    field {
      code
      name
    }
    levels
    applicantTypes
    processingTime {
      amount
      unit
    }
    cutOffHour
    fees {
      name
      amount
      payerNotes
    }
    requiredDocuments {
      name
      originals
      certifiedCopies
      copies
      formTemplate
    }
    resultDocuments {
      name
    }
    steps {
      number
      name
      role
      unit
      budget
    }
    implementingUnits {
      code
      name
    }
    receivingUnits {
      code
      name
    }
    onlineService
    legacyOnlineLevel
    sync {
      state
      lastSyncedAt
    }
    citesExpiredLaw
    expiredLegalBases {
      id
      number
      replacedBy {
        id
        number
      }
    }
    legalBases {
      id
      ...LegalBasis_legalDocument
    }
    ...VersionHistory_procedure
  }
`);

type Procedure = ProcedureDetail_ProcedureFragment;
type Props = { procedure: FragmentType<typeof ProcedureDetailFragment> };

export function useDurationText() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (amount: number, unit: ProcessingTimeUnit) =>
    t(`procedures.timeUnit.${unit}`, { count: amount, amount: formatNumber(amount, language) });
}

export function ProcedureDetail(props: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const duration = useDurationText();
  const p = readFragment(ProcedureDetailFragment, props.procedure);
  const day = (value: string | null | undefined) => (value ? formatDay(value, language) : '—');
  const units = (list: Procedure['implementingUnits']) =>
    list.length === 0 ? '—' : list.map((u) => u.name).join('; ');
  const stepTotal = p.steps.reduce((sum, s) => sum + s.budget, 0);

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Text type="secondary">
          {t('procedures.detail.codeVersion', { code: p.code, number: p.number })}
        </Typography.Text>
        <Typography.Title level={2} style={{ marginTop: 4 }}>
          {p.name}
        </Typography.Title>
        <Space wrap size={4}>
          <StatusTag status={p.status} />
          <OnlineServiceTag value={p.onlineService} />
          <SyncStateTag state={p.sync.state} />
          {p.citesExpiredLaw ? <ExpiredLawTag /> : null}
        </Space>
      </div>

      {p.citesExpiredLaw ? (
        <Alert
          type="error"
          showIcon
          title={t('procedures.detail.expiredTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {p.expiredLegalBases.map((doc) => (
                <li key={doc.id}>
                  {doc.replacedBy
                    ? t('procedures.detail.expiredReplaced', { number: doc.number, replacement: doc.replacedBy.number })
                    : t('procedures.detail.expiredNoReplacement', { number: doc.number })}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}

      <Card title={t('procedures.detail.overview')}>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('procedures.field')}>
            {p.field.name} <Typography.Text type="secondary">({p.field.code})</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('procedures.levels')}>
            {p.levels.map((l) => t(`procedures.level.${l}`)).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.applicants')}>
            {p.applicantTypes.map((a) => t(`procedures.applicant.${a}`)).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.processingTime')}>
            {duration(p.processingTime.amount, p.processingTime.unit)}
            {p.cutOffHour ? (
              <div>
                <Typography.Text type="secondary">
                  {t('procedures.detail.cutOff', { time: formatTime(p.cutOffHour) })}
                </Typography.Text>
              </div>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.effectiveFrom')}>{day(p.effectiveFrom)}</Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.effectiveTo')}>{day(p.effectiveTo)}</Descriptions.Item>
          <Descriptions.Item label={t('procedures.onlineServiceTitle')}>
            <Space size={4} wrap>
              <OnlineServiceTag value={p.onlineService} />
              <Typography.Text type="secondary">
                {t('procedures.detail.legacyLevel', { level: p.legacyOnlineLevel })}
              </Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('procedures.syncTitle')}>
            <Space size={4} wrap>
              <SyncStateTag state={p.sync.state} />
              {p.sync.lastSyncedAt ? (
                <Typography.Text type="secondary">
                  {t('procedures.detail.lastSynced', { date: formatInstant(p.sync.lastSyncedAt, language) })}
                </Typography.Text>
              ) : null}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.implementingUnits')}>{units(p.implementingUnits)}</Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.receivingUnits')}>{units(p.receivingUnits)}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('procedures.detail.requiredDocuments')}>
        <Table<Procedure['requiredDocuments'][number]>
          rowKey={(_, i) => String(i)}
          size="small"
          pagination={false}
          dataSource={p.requiredDocuments}
          locale={{ emptyText: t('procedures.detail.none') }}
          scroll={{ x: 700 }}
          columns={[
            { title: t('procedures.doc.name'), dataIndex: 'name' },
            { title: t('procedures.doc.originals'), dataIndex: 'originals', width: 100, align: 'center' },
            { title: t('procedures.doc.certifiedCopies'), dataIndex: 'certifiedCopies', width: 130, align: 'center' },
            { title: t('procedures.doc.copies'), dataIndex: 'copies', width: 100, align: 'center' },
            { title: t('procedures.doc.formTemplate'), key: 'form', width: 180, render: (_, d) => d.formTemplate ?? '—' },
          ]}
        />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('procedures.detail.fees')} style={{ height: '100%' }}>
            <List
              size="small"
              dataSource={p.fees}
              locale={{ emptyText: t('procedures.detail.noFees') }}
              renderItem={(fee) => (
                <List.Item extra={<Typography.Text strong>{formatVnd(fee.amount, language)}</Typography.Text>}>
                  <List.Item.Meta title={fee.name} description={fee.payerNotes} />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('procedures.detail.resultDocuments')} style={{ height: '100%' }}>
            <List
              size="small"
              dataSource={p.resultDocuments}
              locale={{ emptyText: t('procedures.detail.none') }}
              renderItem={(doc) => <List.Item>{doc.name}</List.Item>}
            />
          </Card>
        </Col>
      </Row>

      <Card title={t('procedures.detail.steps')}>
        <Table<Procedure['steps'][number]>
          rowKey="number"
          size="small"
          pagination={false}
          dataSource={p.steps}
          locale={{ emptyText: t('procedures.detail.none') }}
          columns={[
            { title: t('procedures.step.number'), dataIndex: 'number', width: 70 },
            { title: t('procedures.step.name'), dataIndex: 'name' },
            {
              title: t('procedures.step.performer'),
              key: 'performer',
              render: (_, s) => (s.role ? <Tag>{t(`roles.${s.role}`)}</Tag> : (s.unit ?? '—')),
            },
            {
              title: t('procedures.step.budget'),
              key: 'budget',
              width: 180,
              render: (_, s) => duration(s.budget, p.processingTime.unit),
            },
          ]}
          summary={() =>
            p.steps.length > 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <Typography.Text strong>{t('procedures.step.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1}>
                  <Typography.Text strong type={stepTotal === p.processingTime.amount ? undefined : 'danger'}>
                    {duration(stepTotal, p.processingTime.unit)}
                  </Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>

      <Card title={t('procedures.detail.legalBases')}>
        <LegalBasisList documents={p.legalBases} />
      </Card>

      <Card title={t('procedures.detail.versions')}>
        <VersionHistory procedure={p} />
      </Card>
    </Flex>
  );
}
