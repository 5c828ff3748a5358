import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { ResultsTable_RowFragment } from '@/gql/graphql';

const ResultsTableRowFragment = graphql(`
  fragment ResultsTable_row on DossierResultsRow {
    label
    code
    receivedTotal
    receivedOnline
    receivedDirectOrPostal
    carriedOver
    resolvedTotal
    resolvedEarly
    resolvedOnTime
    resolvedLate
    inProgressTotal
    inProgressWithinDeadline
    inProgressOverdue
  }
`);

export const ResultsTableFragment = graphql(`
  fragment ResultsTable_report on DossierResultsReport {
    unitName
    groupBy
    rows {
      ...ResultsTable_row
    }
    total {
      ...ResultsTable_row
    }
  }
`);

type Row = ResultsTable_RowFragment;
type NumberKey = Exclude<keyof Row, 'label' | 'code' | '__typename'>;

// Columns 3–13 of form II.06a, in the form's order.
export const RESULT_COLUMNS: NumberKey[] = [
  'receivedTotal',
  'receivedOnline',
  'receivedDirectOrPostal',
  'carriedOver',
  'resolvedTotal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'inProgressTotal',
  'inProgressWithinDeadline',
  'inProgressOverdue',
];

type Props = { report: FragmentType<typeof ResultsTableFragment> };

/** Form II.06a: STT, the grouping column, then three column groups with the form's headings, and the total row. */
export function ResultsTable({ report: source }: Props) {
  const { t } = useTranslation();
  const report = readFragment(ResultsTableFragment, source);
  const rows = readFragment(ResultsTableRowFragment, report.rows);
  const total = readFragment(ResultsTableRowFragment, report.total);
  const num = (key: NumberKey, title: string) => ({ key, dataIndex: key, title, align: 'right' as const });
  const columns: ColumnsType<Row & { no: number }> = [
    { key: 'no', dataIndex: 'no', title: t('reports.results.no'), width: 56 },
    { key: 'label', dataIndex: 'label', title: t(`reports.results.${report.groupBy}`) },
    {
      title: t('reports.results.received'),
      children: [
        num('receivedTotal', t('reports.results.total')),
        num('receivedOnline', t('reports.results.online')),
        num('receivedDirectOrPostal', t('reports.results.directOrPostal')),
        num('carriedOver', t('reports.results.carriedOver')),
      ],
    },
    {
      title: t('reports.results.resolved'),
      children: [
        num('resolvedTotal', t('reports.results.total')),
        num('resolvedEarly', t('reports.results.early')),
        num('resolvedOnTime', t('reports.results.onTime')),
        num('resolvedLate', t('reports.results.late')),
      ],
    },
    {
      title: t('reports.results.inProgress'),
      children: [
        num('inProgressTotal', t('reports.results.total')),
        num('inProgressWithinDeadline', t('reports.results.withinDeadline')),
        num('inProgressOverdue', t('reports.results.overdue')),
      ],
    },
  ];
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey={(r) => r.code ?? r.label}
      columns={columns}
      dataSource={rows.map((r, i) => ({ ...r, no: i + 1 }))}
      scroll={{ x: 1000 }}
      title={() => <Typography.Text strong>{t('reports.results.caption', { unit: report.unitName })}</Typography.Text>}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row data-testid="results-total">
            <Table.Summary.Cell index={0} />
            <Table.Summary.Cell index={1}>
              <Typography.Text strong>{t('reports.results.totalRow')}</Typography.Text>
            </Table.Summary.Cell>
            {RESULT_COLUMNS.map((key, i) => (
              <Table.Summary.Cell key={key} index={i + 2} align="right">
                <Typography.Text strong data-column={key}>
                  {total[key]}
                </Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
