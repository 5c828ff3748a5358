import { Alert, Card, Col, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { formatNumber, formatShare, languageOf, shortUnitName } from '../lib/format';
import { BacklogPanel } from './backlog-panel';
import { BarChart } from './bar-chart';
import { CatalogueHealthSummary } from './catalogue-health-summary';
import type { Period } from './period-picker';
import { UnitRankingTable } from './unit-ranking-table';

const ReportsDashboardQuery = graphql(`
  query ReportsDashboard($from: Date!, $to: Date!, $unitCode: String, $health: Boolean!) {
    dossierResultsReport(input: { from: $from, to: $to, unitCode: $unitCode }) {
      asAt
      unitName
      unitCode
      total {
        receivedOnline
        receivedDirectOrPostal
        resolvedTotal
        resolvedEarly
        resolvedOnTime
      }
    }
    serviceIndex(input: { from: $from, to: $to, unitCode: $unitCode }) {
      points
      maxPointsWithData
      groups {
        code
        name
        points
        maxPointsWithData
      }
    }
    dossierResultsTrend(input: { from: $from, to: $to, unitCode: $unitCode }) {
      from
      onTimeRate
    }
    unitRanking(input: { from: $from, to: $to, unitCode: $unitCode }) {
      unit {
        id
        code
        name
      }
      onlineShare
      backlog {
        open
        overdue
      }
      ...UnitRankingTable_row
    }
    backlog(unitCode: $unitCode) {
      total {
        open
        overdue
      }
      ...BacklogPanel_backlog
    }
    catalogueHealth(unitCode: $unitCode) @include(if: $health) {
      total {
        ...CatalogueHealthSummary_figures
      }
    }
  }
`);

type Props = {
  period: Period;
  /** Null: the viewer's own scope (the province for inspectors, analysts and admins). */
  unitCode: string | null;
  showHealth: boolean;
  unitLink: (code: string) => string;
  resultsLink: (code: string | null) => string;
};

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function ChartCell(props: ComponentProps<typeof BarChart>) {
  return (
    <Col xs={24} xl={12}>
      <Card>
        <BarChart {...props} />
      </Card>
    </Col>
  );
}

/** One scope's figures for a period: headline numbers, ranking of its sub-units, charts and the backlog. */
export function ReportsDashboard({ period, unitCode, showHealth, unitLink, resultsLink }: Props) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [{ data, fetching }] = useQuery({
    query: ReportsDashboardQuery,
    variables: { from: period.from, to: period.to, unitCode, health: showHealth },
  });
  if (fetching && !data) return <Skeleton active />;
  const report = data?.dossierResultsReport;
  const index = data?.serviceIndex;
  const backlog = data?.backlog;
  if (!report || !index || !backlog) return <Alert type="warning" showIcon title={t('reports.noAccess')} />;

  const share = (value: number | null | undefined) => formatShare(value, language, t('reports.noData'));
  const total = report.total;
  const ranking = data.unitRanking ?? [];
  const onTimeRate = ratio(total.resolvedEarly + total.resolvedOnTime, total.resolvedTotal);
  const onlineShare = ratio(total.receivedOnline, total.receivedOnline + total.receivedDirectOrPostal);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="dashboard-unit">
          {report.unitName}
        </Typography.Title>
        <Link to={resultsLink(report.unitCode ?? null)}>{t('reports.openResults')}</Link>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={showHealth ? 18 : 24}>
          <Card>
            <Row gutter={[16, 16]}>
              <Col xs={12} md={8} xl={4}>
                <Statistic title={t('reports.stats.onTimeRate')} value={share(onTimeRate)} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title={t('reports.stats.open')} value={backlog.total.open} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title={t('reports.stats.overdue')} value={backlog.total.overdue} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title={t('reports.stats.onlineShare')} value={share(onlineShare)} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic
                  title={t('reports.stats.index')}
                  value={
                    index.points === null || index.points === undefined
                      ? t('reports.noData')
                      : `${formatNumber(index.points, language, 2)} / ${formatNumber(index.maxPointsWithData, language, 2)}`
                  }
                />
              </Col>
            </Row>
          </Card>
        </Col>
        {showHealth && data.catalogueHealth && (
          <Col xs={24} xxl={6}>
            <CatalogueHealthSummary figures={data.catalogueHealth.total} />
          </Col>
        )}
      </Row>
      {ranking.length > 0 && (
        <Card title={t('reports.ranking.title')}>
          <UnitRankingTable rows={ranking} unitLink={unitLink} />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <ChartCell
          title={t('reports.charts.onTimeByMonth')}
          max={1}
          noData={t('reports.noData')}
          data={(data.dossierResultsTrend ?? []).map((m) => ({
            key: m.from,
            label: t('reports.charts.month', { month: `${m.from.slice(5, 7)}/${m.from.slice(0, 4)}` }),
            value: m.onTimeRate ?? null,
            display: share(m.onTimeRate),
          }))}
        />
        <ChartCell
          title={t('reports.charts.indexGroups')}
          max={1}
          noData={t('reports.noData')}
          data={index.groups.map((g) => ({
            key: g.code,
            label: g.name,
            value: g.points === null || g.points === undefined || g.maxPointsWithData === 0 ? null : g.points / g.maxPointsWithData,
            display:
              g.points === null || g.points === undefined
                ? t('reports.noData')
                : `${formatNumber(g.points, language, 2)} / ${formatNumber(g.maxPointsWithData, language, 2)}`,
          }))}
        />
        {ranking.length > 0 && (
          <ChartCell
            title={t('reports.charts.backlogByUnit')}
            noData={t('reports.noData')}
            data={[...ranking]
              .sort((a, b) => b.backlog.open - a.backlog.open)
              .map((r) => ({ key: r.unit.code, label: shortUnitName(r.unit.name), value: r.backlog.open, display: `${r.backlog.overdue} / ${r.backlog.open}` }))}
          />
        )}
        {ranking.length > 0 && (
          <ChartCell
            title={t('reports.charts.onlineByUnit')}
            max={1}
            noData={t('reports.noData')}
            data={ranking.map((r) => ({ key: r.unit.code, label: shortUnitName(r.unit.name), value: r.onlineShare ?? null, display: share(r.onlineShare) }))}
          />
        )}
      </Row>
      <BacklogPanel backlog={backlog} />
    </Flex>
  );
}
