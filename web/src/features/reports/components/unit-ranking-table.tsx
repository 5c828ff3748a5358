import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { formatNumber, formatShare, languageOf } from '../lib/format';

export const UnitRankingTableFragment = graphql(`
  fragment UnitRankingTable_row on UnitRankingRow {
    rank
    unit {
      id
      code
      name
    }
    onTimeRate
    onlineShare
    indexShare
    backlog {
      open
      overdue
    }
    index {
      points
      maxPointsWithData
    }
    adoption {
      endToEndShare
      backfilledShare
    }
  }
`);

type Props = {
  rows: FragmentType<typeof UnitRankingTableFragment>[];
  /** Address of a unit's dashboard (keeps the period). */
  unitLink: (code: string) => string;
};

/** Sub-units side by side: the ranking by index share, with timeliness, backlog, online share and adoption. */
export function UnitRankingTable({ rows: source, unitLink }: Props) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const rows = readFragment(UnitRankingTableFragment, source);
  const share = (value: number | null | undefined) => formatShare(value, language, '—');
  return (
    <Table
      size="small"
      data-testid="unit-ranking"
      rowKey={(r) => r.unit.id}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('reports.ranking.empty') }}
      scroll={{ x: 900 }}
      columns={[
        { key: 'rank', title: t('reports.ranking.rank'), dataIndex: 'rank', width: 64 },
        { key: 'unit', title: t('reports.ranking.unit'), render: (_, r) => <Link to={unitLink(r.unit.code)}>{r.unit.name}</Link> },
        { key: 'onTime', title: t('reports.ranking.onTimeRate'), align: 'right', render: (_, r) => share(r.onTimeRate) },
        { key: 'open', title: t('reports.ranking.open'), align: 'right', render: (_, r) => r.backlog.open },
        { key: 'overdue', title: t('reports.ranking.overdue'), align: 'right', render: (_, r) => r.backlog.overdue },
        { key: 'online', title: t('reports.ranking.onlineShare'), align: 'right', render: (_, r) => share(r.onlineShare) },
        {
          key: 'index',
          title: t('reports.ranking.index'),
          align: 'right',
          render: (_, r) =>
            r.index.points === null || r.index.points === undefined
              ? '—'
              : `${formatNumber(r.index.points, language, 2)} / ${formatNumber(r.index.maxPointsWithData, language, 2)}`,
        },
        { key: 'adoption', title: t('reports.ranking.adoption'), align: 'right', render: (_, r) => share(r.adoption?.endToEndShare) },
        { key: 'backfilled', title: t('reports.ranking.backfilled'), align: 'right', render: (_, r) => share(r.adoption?.backfilledShare) },
      ]}
    />
  );
}
