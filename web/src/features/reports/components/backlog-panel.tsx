import { Card, Col, Empty, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { dossierPath } from '../lib/paths';
import { BarChart } from './bar-chart';

export const BacklogPanelFragment = graphql(`
  fragment BacklogPanel_backlog on Backlog {
    total {
      open
      withinDeadline
      dueSoon
      overdue
    }
    byAge {
      minDays
      maxDays
      count
    }
    byOfficer {
      officerName
      unit {
        id
        name
      }
      counts {
        open
        overdue
      }
    }
    longOverdue(first: 20) {
      overdueDays
      dossier {
        id
        code
        procedure {
          id
          name
        }
        currentUnit {
          id
          name
        }
      }
    }
  }
`);

type Props = { backlog: FragmentType<typeof BacklogPanelFragment> };

/** The backlog now: deadline states, age buckets, officers, and the longest overdue dossiers with links to them. */
export function BacklogPanel({ backlog: source }: Props) {
  const { t } = useTranslation();
  const backlog = readFragment(BacklogPanelFragment, source);
  const ages = backlog.byAge.map((b) => ({
    key: String(b.minDays),
    label: b.maxDays === null || b.maxDays === undefined ? t('reports.backlog.ageOver', { min: b.minDays - 1 }) : t('reports.backlog.age', { min: b.minDays, max: b.maxDays }),
    value: b.count,
    display: String(b.count),
  }));
  return (
    <Card title={t('reports.backlog.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('reports.stats.open')} value={backlog.total.open} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('reports.backlog.withinDeadline')} value={backlog.total.withinDeadline} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('reports.backlog.dueSoon')} value={backlog.total.dueSoon} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('reports.backlog.overdue')} value={backlog.total.overdue} styles={{ content: { color: backlog.total.overdue > 0 ? '#cf1322' : undefined } }} />
        </Col>
        <Col xs={24} lg={12}>
          <BarChart title={t('reports.backlog.byAge')} data={ages} noData={t('reports.noData')} />
        </Col>
        <Col xs={24} lg={12}>
          <Table
            size="small"
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            title={() => t('reports.backlog.byOfficer')}
            rowKey={(r) => `${r.officerName ?? ''}@${r.unit.id}`}
            dataSource={backlog.byOfficer}
            columns={[
              { key: 'officer', title: t('reports.backlog.officer'), render: (_, r) => r.officerName ?? t('reports.backlog.unassigned') },
              { key: 'unit', title: t('reports.backlog.unit'), render: (_, r) => r.unit.name },
              { key: 'open', title: t('reports.backlog.open'), align: 'right', render: (_, r) => r.counts.open },
              { key: 'overdue', title: t('reports.backlog.overdue'), align: 'right', render: (_, r) => r.counts.overdue },
            ]}
          />
        </Col>
        <Col span={24}>
          <Table
            size="small"
            data-testid="long-overdue"
            pagination={false}
            title={() => t('reports.backlog.longOverdue')}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.backlog.noneOverdue')} /> }}
            rowKey={(r) => r.dossier.id}
            dataSource={backlog.longOverdue}
            columns={[
              { key: 'code', title: t('reports.backlog.code'), render: (_, r) => <Link to={dossierPath(r.dossier.code)}>{r.dossier.code}</Link> },
              { key: 'procedure', title: t('reports.backlog.procedure'), render: (_, r) => r.dossier.procedure.name },
              { key: 'unit', title: t('reports.backlog.unit'), render: (_, r) => r.dossier.currentUnit.name },
              { key: 'days', title: t('reports.backlog.overdueDays'), align: 'right', render: (_, r) => r.overdueDays },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
