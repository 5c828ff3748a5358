import { Alert, Card, Col, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { ImportReport_PayloadFragment } from '@/gql/graphql';

export const ImportReportFragment = graphql(`
  fragment ImportReport_payload on ImportStaffingPayload {
    rows
    created
    updated
    unchanged
    rowErrors {
      row
      field
      code
      message
    }
  }
`);

type RowError = ImportReport_PayloadFragment['rowErrors'][number];
const FIELD_KEYS = new Set(['personKey', 'fullName', 'dateOfBirth', 'seniorityStart', 'officeCode', 'position', 'postType', 'from', 'to', 'type', 'supportJob', 'start', 'end']);

/** Counts, then one line per row that was not imported. */
export function ImportReport({ payload }: { payload: FragmentType<typeof ImportReportFragment> }) {
  const { t } = useTranslation();
  const report = readFragment(ImportReportFragment, payload);
  const failedRows = new Set(report.rowErrors.map((e) => e.row)).size;
  const fieldLabel = (field: string | null | undefined) => {
    if (!field) return t('staffing.common.none');
    const key = field === 'employmentType' ? 'type' : field;
    return FIELD_KEYS.has(key) ? `${t(`staffing.forms.${key}`)} (${field})` : field;
  };

  return (
    <Card title={t('staffing.import.report')}>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {(
          [
            ['rows', report.rows],
            ['created', report.created],
            ['updated', report.updated],
            ['unchanged', report.unchanged],
            ['rowErrors', failedRows],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <Statistic title={t(`staffing.import.${key}`)} value={value} styles={{ content: key === 'rowErrors' && value > 0 ? { color: '#cf1322' } : {} }} />
          </Col>
        ))}
      </Row>
      {report.rowErrors.length === 0 ? (
        <Alert type="success" showIcon title={t('staffing.import.noErrors')} />
      ) : (
        <Table<RowError>
          rowKey={(e) => `${e.row}-${e.field ?? ''}-${e.code}-${e.message}`}
          size="small"
          pagination={false}
          aria-label={t('staffing.import.report')}
          dataSource={report.rowErrors}
          columns={[
            { title: t('staffing.import.row'), dataIndex: 'row', width: 80 },
            { title: t('staffing.import.field'), key: 'field', render: (_, e) => fieldLabel(e.field) },
            { title: t('staffing.import.code'), dataIndex: 'code' },
            { title: t('staffing.import.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </Card>
  );
}
