import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Result, Row, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CatalogueHealthSummary } from '@/features/reports/components/catalogue-health-summary';
import { PeriodPicker, usePeriod } from '@/features/reports/components/period-picker';
import { ReportsDashboard } from '@/features/reports/components/reports-dashboard';
import { ResultsTable } from '@/features/reports/components/results-table';
import { reportsPaths, resultsDownload } from '@/features/reports/lib/paths';
import { canSeeCatalogueHealth, canSeeReports } from '@/features/reports/lib/roles';
import { UnitPicker } from '@/features/staffing/components/unit-picker';
import { graphql } from '@/gql';
import type { ReportGrouping } from '@/gql/graphql';

const ReportsViewerQuery = graphql(`
  query ReportsViewer {
    me {
      id
      roles
      unit {
        id
        code
        name
      }
    }
  }
`);

const GROUPINGS: ReportGrouping[] = ['FIELD', 'UNIT', 'PROCEDURE', 'LEVEL'];

function useReportsViewer() {
  const [{ data, fetching }] = useQuery({ query: ReportsViewerQuery });
  const roles = data?.me?.roles;
  return { loading: fetching && !data, allowed: canSeeReports(roles), health: canSeeCatalogueHealth(roles) };
}

/** The period part of the address, carried by drill-down links. */
function usePeriodSearch() {
  const [params] = useSearchParams();
  const kept = new URLSearchParams();
  for (const key of ['kind', 'year', 'n', 'from', 'to']) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const search = kept.toString();
  return (path: string) => (search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path);
}

function BackToOverview() {
  const { t } = useTranslation();
  const withPeriod = usePeriodSearch();
  return (
    <Link to={withPeriod(reportsPaths.overview)}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('reports.backToOverview')}
      </Button>
    </Link>
  );
}

function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title={t('reports.noAccess')} />;
}

type DashboardPageProps = { unitCode: string | null };

function DashboardPage({ unitCode }: DashboardPageProps) {
  const { t } = useTranslation();
  const viewer = useReportsViewer();
  const period = usePeriod();
  const withPeriod = usePeriodSearch();
  if (viewer.loading) return <Skeleton active />;
  if (!viewer.allowed) return <Forbidden />;
  return (
    <Flex vertical gap={16}>
      {unitCode && (
        <BackToOverview />
      )}
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('reports.title')}
      </Typography.Title>
      <PeriodPicker {...period} />
      {period.period ? (
        <ReportsDashboard
          period={period.period}
          unitCode={unitCode}
          showHealth={viewer.health}
          unitLink={(code) => withPeriod(reportsPaths.unit(code))}
          resultsLink={(code) => withPeriod(reportsPaths.results(code))}
        />
      ) : (
        <Skeleton active />
      )}
    </Flex>
  );
}

/** Inspectors, analysts and admins: the province; leaders and officers: their own unit. */
export function ReportsOverviewRoute() {
  return <DashboardPage unitCode={null} />;
}

/** Drill-down from the ranking: the same figures for one unit (`/reports/units/<code>/`). */
export function ReportsUnitRoute() {
  const { code } = useParams();
  return <DashboardPage key={code} unitCode={code ?? null} />;
}

const ReportsResultsQuery = graphql(`
  query ReportsResults($from: Date!, $to: Date!, $unitCode: String, $groupBy: ReportGrouping!, $health: Boolean!) {
    dossierResultsReport(input: { from: $from, to: $to, unitCode: $unitCode, groupBy: $groupBy }) {
      asAt
      unitCode
      ...ResultsTable_report
    }
    catalogueHealth(unitCode: $unitCode) @include(if: $health) {
      total {
        ...CatalogueHealthSummary_figures
      }
    }
  }
`);

/** Form II.06a for a period, a unit and a grouping, with the Excel and CSV downloads of the same figures. */
export function ReportsResultsRoute() {
  const { t } = useTranslation();
  const viewer = useReportsViewer();
  const period = usePeriod();
  const [params, setParams] = useSearchParams();
  const unitCode = params.get('unit');
  const groupBy = GROUPINGS.find((g) => g === params.get('groupBy')) ?? 'FIELD';
  const range = period.period;
  const [{ data, fetching }] = useQuery({
    query: ReportsResultsQuery,
    variables: { from: range?.from ?? '', to: range?.to ?? '', unitCode, groupBy, health: viewer.health },
    pause: !range || !viewer.allowed,
  });

  function setParam(name: string, value: string | null) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  }

  if (viewer.loading) return <Skeleton active />;
  if (!viewer.allowed) return <Forbidden />;
  const report = data?.dossierResultsReport;
  return (
    <Flex vertical gap={16}>
      <BackToOverview />
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('reports.resultsPage')}
      </Typography.Title>
      <PeriodPicker {...period} />
      <Flex gap={8} wrap align="center">
        <UnitPicker value={unitCode} onChange={(code) => setParam('unit', code)} allowClear placeholder={t('reports.results.allUnits')} />
        <Select
          aria-label={t('reports.results.groupBy')}
          value={groupBy}
          style={{ width: 200 }}
          onChange={(value: ReportGrouping) => setParam('groupBy', value)}
          options={GROUPINGS.map((g) => ({ value: g, label: t(`reports.results.${g}`) }))}
        />
        {range && report && (
          <>
            <Button icon={<DownloadOutlined />} href={resultsDownload('xlsx', { ...range, unitCode: report.unitCode, groupBy })} download>
              {t('reports.results.downloadXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} href={resultsDownload('csv', { ...range, unitCode: report.unitCode, groupBy })} download>
              {t('reports.results.downloadCsv')}
            </Button>
          </>
        )}
      </Flex>
      {!range || (fetching && !data) ? (
        <Skeleton active />
      ) : report ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={data.catalogueHealth ? 19 : 24}>
            <ResultsTable report={report} />
          </Col>
          {data.catalogueHealth && (
            <Col xs={24} xxl={5}>
              <CatalogueHealthSummary figures={data.catalogueHealth.total} />
            </Col>
          )}
        </Row>
      ) : (
        <Card>
          <Alert type="warning" showIcon title={t('reports.noAccess')} />
        </Card>
      )}
    </Flex>
  );
}
