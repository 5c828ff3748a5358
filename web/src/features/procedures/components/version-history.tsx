import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { VersionHistory_ProcedureFragment } from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';
import { formatDay } from '../utils/format';
import { StatusTag } from './procedure-tags';

export const VersionHistoryFragment = graphql(`
  fragment VersionHistory_procedure on Procedure {
    id
    code
    number
    versions {
      id
      number
      status
      effectiveFrom
      effectiveTo
    }
  }
`);

type Props = { procedure: FragmentType<typeof VersionHistoryFragment> };

export function VersionHistory(props: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const procedure = readFragment(VersionHistoryFragment, props.procedure);
  type Version = VersionHistory_ProcedureFragment['versions'][number];
  return (
    <Table<Version>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...procedure.versions].reverse()}
      columns={[
        {
          title: t('procedures.versions.number'),
          key: 'number',
          render: (_, v) =>
            v.number === procedure.number ? (
              <strong>{t('procedures.versions.label', { number: v.number })}</strong>
            ) : (
              <Link to={`/procedures/${encodeURIComponent(procedure.code)}/versions/${v.number}`}>
                {t('procedures.versions.label', { number: v.number })}
              </Link>
            ),
        },
        { title: t('procedures.statusTitle'), key: 'status', render: (_, v) => <StatusTag status={v.status} /> },
        {
          title: t('procedures.versions.from'),
          key: 'from',
          render: (_, v) => (v.effectiveFrom ? formatDay(v.effectiveFrom, language) : '—'),
        },
        {
          title: t('procedures.versions.to'),
          key: 'to',
          render: (_, v) => (v.effectiveTo ? formatDay(v.effectiveTo, language) : '—'),
        },
      ]}
    />
  );
}
