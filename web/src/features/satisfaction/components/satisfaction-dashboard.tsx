import { Card, DatePicker, Descriptions, Empty, Flex, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { SatisfactionDashboard_RowFragment, SatisfactionDashboardQuery } from '@/gql/graphql';
import { dayjs } from '@/lib/dates';
import { formatDateOnly, formatShare } from '../lib/format';
import { ShareChart } from './share-chart';

const ShareFragment = graphql(`
  fragment SatisfactionDashboard_share on Share {
    satisfied
    answers
    value
    low
    high
    meetsTarget
  }
`);

const RowFragment = graphql(`
  fragment SatisfactionDashboard_row on UnitSatisfaction {
    unitCode
    unitName
    ratings
    verySatisfied
    satisfied
    notSatisfied
    satisfiedShare {
      ...SatisfactionDashboard_share
    }
    returned
    late
    dislikedOrFollowedUp
    tthcSatisfaction
    followUps
    followUpsOverdue
    followUpSatisfaction
  }
`);

const SatisfactionDashboardQuery = graphql(`
  query SatisfactionDashboard($input: SatisfactionInput!) {
    satisfaction(input: $input) {
      from
      to
      target
      units {
        ...SatisfactionDashboard_row
      }
      total {
        ...SatisfactionDashboard_row
      }
      sipas {
        id
        name
        periodFrom
        periodTo
        sampleSize
        invited
        responses
        responseRate
        overall {
          ...SatisfactionDashboard_share
        }
        elements {
          element
          name
          share {
            ...SatisfactionDashboard_share
          }
        }
        criteria {
          code
          element
          text
          share {
            ...SatisfactionDashboard_share
          }
        }
        previous {
          name
          overall {
            value
          }
          elements {
            element
            share {
              value
            }
          }
          criteria {
            code
            share {
              value
            }
          }
        }
      }
    }
  }
`);

const SatisfactionUnitsQuery = graphql(`
  query SatisfactionUnits($search: String) {
    units(first: 50, where: { search: $search }) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

type Report = NonNullable<SatisfactionDashboardQuery['satisfaction']>;
type Row = SatisfactionDashboard_RowFragment;
type Share = FragmentType<typeof ShareFragment>;
const shareOf = (share: Share) => readFragment(ShareFragment, share);
type Campaign = Report['sipas'][number];

function ShareCell({ share: masked }: { share: Share }) {
  const { t } = useTranslation();
  const share = shareOf(masked);
  if (share.value == null) return <Typography.Text type="secondary">{t('satisfaction.dashboard.noData')}</Typography.Text>;
  return (
    <span>
      <Tag color={share.meetsTarget ? 'green' : 'orange'}>{formatShare(share.value)}</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatShare(share.low)} – {formatShare(share.high)}
      </Typography.Text>
    </span>
  );
}

function Delta({ now, before }: { now: number | null | undefined; before: number | null | undefined }) {
  const { t } = useTranslation();
  if (now == null || before == null) return <Typography.Text type="secondary">{t('satisfaction.dashboard.noData')}</Typography.Text>;
  const d = now - before;
  const text = t('satisfaction.dashboard.delta', { sign: d >= 0 ? '+' : '−', value: (Math.abs(d) * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 }) });
  return <Typography.Text type={d >= 0 ? 'success' : 'danger'}>{text}</Typography.Text>;
}

function Indicator({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation();
  return value == null ? <Typography.Text type="secondary">{t('satisfaction.dashboard.noData')}</Typography.Text> : <strong>{formatShare(value)}</strong>;
}

/** SIPAS shares per element or criterion, with the change from the previous campaign when there is one. */
function ShareTable<T extends { share: Share }>(props: {
  rows: T[];
  rowKey: keyof T & string;
  nameTitle: string;
  name: (row: T) => string;
  before: ((row: T) => number | null | undefined) | null | undefined;
}) {
  const { t } = useTranslation();
  const { before } = props;
  return (
    <Table<T>
      size="small"
      rowKey={props.rowKey}
      pagination={false}
      dataSource={props.rows}
      columns={[
        { title: props.nameTitle, render: (_, row) => props.name(row) },
        { title: t('satisfaction.dashboard.share'), render: (_, row) => <ShareCell share={row.share} /> },
        ...(before ? [{ title: t('satisfaction.dashboard.change'), render: (_: unknown, row: T) => <Delta now={shareOf(row.share).value} before={before(row)} /> }] : []),
      ]}
    />
  );
}

function SipasCampaign({ campaign, target }: { campaign: Campaign; target: number }) {
  const { t } = useTranslation();
  const previous = campaign.previous;
  return (
    <Card
      size="small"
      title={`${campaign.name} (${formatDateOnly(campaign.periodFrom)} – ${formatDateOnly(campaign.periodTo)})`}
      style={{ marginBottom: 16 }}
      data-testid="sipas-campaign"
    >
      <Typography.Paragraph>
        {t('satisfaction.dashboard.responses', {
          responses: campaign.responses,
          invited: campaign.invited,
          rate: formatShare(campaign.responseRate) ?? t('satisfaction.dashboard.noData'),
          sample: campaign.sampleSize,
        })}
      </Typography.Paragraph>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('satisfaction.dashboard.overall')}>
          <ShareCell share={campaign.overall} />
        </Descriptions.Item>
        {previous && (
          <Descriptions.Item label={t('satisfaction.dashboard.previous', { name: previous.name })}>
            {formatShare(previous.overall.value) ?? t('satisfaction.dashboard.noData')} (<Delta now={shareOf(campaign.overall).value} before={previous.overall.value} />)
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5}>{t('satisfaction.dashboard.elements')}</Typography.Title>
      <ShareChart
        label={`${campaign.name}: ${t('satisfaction.dashboard.elements')}`}
        target={target}
        bars={campaign.elements.map((e) => ({ key: `e${e.element}`, label: `${e.element}. ${e.name}`, ...shareOf(e.share) }))}
      />
      <ShareTable
        rows={campaign.elements}
        rowKey="element"
        nameTitle={t('satisfaction.dashboard.elementName')}
        name={(e) => `${e.element}. ${e.name}`}
        before={previous && ((e) => previous.elements.find((p) => p.element === e.element)?.share.value)}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('satisfaction.dashboard.criteria')}
      </Typography.Title>
      <ShareTable
        rows={campaign.criteria}
        rowKey="code"
        nameTitle={t('satisfaction.dashboard.criterion')}
        name={(c) => `${c.code}. ${c.text}`}
        before={previous && ((c) => previous.criteria.find((p) => p.code === c.code)?.share.value)}
      />
    </Card>
  );
}

function UnitSelect({ value, onChange }: { value: string | null; onChange: (code: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({ query: SatisfactionUnitsQuery, variables: { search: search || null } });
  return (
    <Select
      aria-label={t('satisfaction.dashboard.unit')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      placeholder={t('satisfaction.dashboard.allUnits')}
      loading={fetching}
      value={value}
      options={(data?.units.nodes ?? []).map((u) => ({ value: u.code, label: u.name }))}
      onChange={(code: string | undefined) => onChange(code ?? null)}
      style={{ minWidth: 300 }}
    />
  );
}

// Whole-year shortcuts (Circular 01/2018 and Decision 766 report by year): this year and the eight before it.
const CHART_UNITS = 20;

const YEARS = Array.from({ length: 9 }, (_, i) => new Date().getFullYear() - i);

type Period = { from: string; to: string; unitCode: string | null };
type Props = Period & { onChange: (next: Period) => void };

/** Per-dossier rating shares by unit against the 80% target, the 766 indicators and the SIPAS results of the period. */
export function SatisfactionDashboard({ from, to, unitCode, onChange }: Props) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: SatisfactionDashboardQuery, variables: { input: { from, to, unitCode } }, requestPolicy: 'cache-and-network' });
  const report = data?.satisfaction;
  // The total first, so it stays on the first page of a long province-wide list.
  const units = report ? readFragment(RowFragment, report.units) : [];
  const rows = report ? [readFragment(RowFragment, report.total), ...units] : [];
  // The chart: the units with the most ratings (a province has hundreds), the rest are in the table.
  const charted = [...units].sort((a, b) => b.ratings - a.ratings).slice(0, CHART_UNITS);
  const pick = (name: 'from' | 'to', value: dayjs.Dayjs | null) => value && onChange({ from, to, unitCode, [name]: value.format('YYYY-MM-DD') });

  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <DatePicker aria-label={t('satisfaction.dashboard.from')} format="DD/MM/YYYY" allowClear={false} value={dayjs(from)} onChange={(v) => pick('from', v)} />
        <DatePicker aria-label={t('satisfaction.dashboard.to')} format="DD/MM/YYYY" allowClear={false} value={dayjs(to)} onChange={(v) => pick('to', v)} />
        <Select
          aria-label={t('satisfaction.dashboard.year')}
          placeholder={t('satisfaction.dashboard.year')}
          value={from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4) ? Number(from.slice(0, 4)) : null}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y: number) => onChange({ from: `${y}-01-01`, to: `${y}-12-31`, unitCode })}
          style={{ width: 120 }}
        />
        <UnitSelect value={unitCode} onChange={(code) => onChange({ from, to, unitCode: code })} />
      </Flex>
      {fetching && !data ? (
        <Skeleton active />
      ) : !report ? (
        <Empty />
      ) : (
        <>
          <Card title={t('satisfaction.dashboard.ratingsTitle')} style={{ marginBottom: 16 }}>
            <ShareChart
              label={t('satisfaction.dashboard.chartLabel', { target: formatShare(report.target) })}
              target={report.target}
              bars={charted.map((u) => ({ key: u.unitCode ?? 'total', label: u.unitName ?? u.unitCode ?? '', ...shareOf(u.satisfiedShare) }))}
            />
            {units.length > CHART_UNITS && (
              <Typography.Paragraph type="secondary">{t('satisfaction.dashboard.chartTop', { count: CHART_UNITS, total: units.length })}</Typography.Paragraph>
            )}
            <Table<Row>
              size="small"
              rowKey={(r) => r.unitCode ?? 'total'}
              pagination={{ pageSize: 21, hideOnSinglePage: true, showSizeChanger: false }}
              dataSource={rows}
              columns={[
                { title: t('satisfaction.dashboard.unit'), render: (_, r) => (r.unitCode ? r.unitName : <strong>{t('satisfaction.dashboard.allUnits')}</strong>) },
                { title: t('satisfaction.dashboard.ratings'), align: 'right', render: (_, r) => <span data-testid={`ratings-${r.unitCode ?? 'total'}`}>{r.ratings}</span> },
                { title: t('satisfaction.levels.VERY_SATISFIED'), dataIndex: 'verySatisfied', align: 'right' },
                { title: t('satisfaction.levels.SATISFIED'), dataIndex: 'satisfied', align: 'right' },
                { title: t('satisfaction.levels.NOT_SATISFIED'), align: 'right', render: (_, r) => <span data-testid={`not-satisfied-${r.unitCode ?? 'total'}`}>{r.notSatisfied}</span> },
                {
                  title: `${t('satisfaction.dashboard.share')} (${t('satisfaction.dashboard.interval')})`,
                  render: (_, r) => (
                    <span data-testid={`share-${r.unitCode ?? 'total'}`}>
                      <ShareCell share={r.satisfiedShare} />
                    </span>
                  ),
                },
              ]}
            />
          </Card>
          <Card title={t('satisfaction.dashboard.indicatorsTitle')} style={{ marginBottom: 16 }}>
            <Table<Row>
              size="small"
              rowKey={(r) => r.unitCode ?? 'total'}
              pagination={{ pageSize: 21, hideOnSinglePage: true, showSizeChanger: false }}
              dataSource={rows}
              columns={[
                { title: t('satisfaction.dashboard.unit'), render: (_, r) => (r.unitCode ? r.unitName : <strong>{t('satisfaction.dashboard.allUnits')}</strong>) },
                { title: t('satisfaction.dashboard.tthc'), render: (_, r) => <Indicator value={r.tthcSatisfaction} /> },
                { title: t('satisfaction.dashboard.returned'), dataIndex: 'returned', align: 'right' },
                { title: t('satisfaction.dashboard.late'), dataIndex: 'late', align: 'right' },
                { title: t('satisfaction.dashboard.disliked'), dataIndex: 'dislikedOrFollowedUp', align: 'right' },
                { title: t('satisfaction.dashboard.followUpSatisfaction'), render: (_, r) => <Indicator value={r.followUpSatisfaction} /> },
                { title: t('satisfaction.dashboard.followUps'), dataIndex: 'followUps', align: 'right' },
                { title: t('satisfaction.dashboard.followUpsOverdue'), dataIndex: 'followUpsOverdue', align: 'right' },
              ]}
            />
          </Card>
          <Typography.Title level={4}>{t('satisfaction.dashboard.sipasTitle')}</Typography.Title>
          {report.sipas.length === 0 ? (
            <Empty description={t('satisfaction.dashboard.noCampaign')} />
          ) : (
            report.sipas.map((c) => <SipasCampaign key={c.id} campaign={c} target={report.target} />)
          )}
        </>
      )}
    </>
  );
}
